// The browser tests run in Mocha through @web/test-runner.
/// <reference types="mocha" />
