<?php
// Uploads a dataset as a JSON file the way the Media Library does, as the role given in argv[1]
// (the text in argv[2], else a small valid dataset). Prints the file's URL, or the refusal.
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

$user = get_user_by( 'login', $argv[1] );
wp_set_current_user( $user->ID );
$file = wp_tempnam( 'data.json' );
file_put_contents( $file, $argv[2] ?? '{"schema":1,"programme":{"id":"p","name":"P"},"areas":[{"id":"a","name":"A"}]}' );
$upload = array(
	'name'     => 'data.json',
	'tmp_name' => $file,
	'size'     => filesize( $file ),
);
$result = current_user_can( 'upload_files' )
	? wp_handle_sideload( $upload, array( 'test_form' => false ) )
	: array( 'error' => 'cannot upload files' );
echo wp_json_encode( $result );
