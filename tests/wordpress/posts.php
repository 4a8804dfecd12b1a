<?php
// Saves posts as the role each names, through wp_insert_post with that user current, so kses
// filters a contributor's or an author's content as WordPress does on save. Reads a JSON list of
// { key, role, title, content } on stdin; a contributor's post is saved pending, then published
// by the administrator. Prints { key: { id, url } } as JSON.
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';

$posts  = json_decode( stream_get_contents( STDIN ), true );
$result = array();
foreach ( $posts as $post ) {
	$user = get_user_by( 'login', 'administrator' === $post['role'] ? 'admin' : $post['role'] );
	wp_set_current_user( $user->ID );
	$pending = ! current_user_can( 'publish_posts' );
	$id      = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $post['title'],
				'post_content' => $post['content'],
				'post_status'  => $pending ? 'pending' : 'publish',
				'post_author'  => $user->ID,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	$saved = get_post( $id )->post_content;
	if ( $pending ) {
		wp_set_current_user( 1 );
		wp_publish_post( $id );
	}
	$result[ $post['key'] ] = array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'saved'   => $saved,
		'pending' => $pending,
	);
}
echo wp_json_encode( $result );
