<?php
// The PHP built-in server's router for the test site: WordPress's core from Debian's package is
// the document root; /wp-content/ comes from the test's own content folder, so the test never
// writes into the package.
$path    = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$content = getenv( 'BLW_WP_CONTENT' );
if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = realpath( $content . substr( $path, strlen( '/wp-content' ) ) );
	if ( false === $file || ! str_starts_with( $file, realpath( $content ) ) || ! is_file( $file ) ) {
		http_response_code( 404 );
		return true;
	}
	$types = array(
		'js'   => 'text/javascript',
		'css'  => 'text/css',
		'json' => 'application/json',
		'html' => 'text/html; charset=utf-8',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
		'woff2' => 'font/woff2',
	);
	$extension = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	if ( 'php' === $extension ) {
		http_response_code( 403 );
		return true;
	}
	header( 'Content-Type: ' . ( $types[ $extension ] ?? 'application/octet-stream' ) );
	readfile( $file );
	return true;
}
return false;
