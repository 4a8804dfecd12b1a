<?php
// Installs the test site: WordPress itself, Twenty Twenty-Three, and one user per role.
// Prints the users as JSON. Run with php-cli, after the database is up.
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$password = getenv( 'BLW_WP_PASSWORD' );
wp_install( 'Big Local widgets test', 'admin', 'admin@example.org', false, '', $password );
switch_theme( 'twentytwentythree' );
update_option( 'permalink_structure', '' );
$users = array( 'administrator' => 1 );
foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
	$users[ $role ] = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $password,
			'user_email' => $role . '@example.org',
			'role'       => $role,
		)
	);
}
foreach ( $users as $id ) {
	// No welcome guide over the editor.
	update_user_meta( $id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
}
echo wp_json_encode( $users );
