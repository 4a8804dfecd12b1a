<?php
// The editor script's dependencies: it is plain JavaScript on WordPress's own globals, unbuilt.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
