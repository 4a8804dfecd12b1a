<?php
/**
 * The library's files, shipped inside the plugin (nothing comes from a CDN), printed only on a
 * page that shows a widget and only once however many it shows. WordPress 6.1 has no script
 * modules, so the loader goes in as an ordinary registered script whose tag becomes
 * `type="module"`; it then imports each widget's chunk from beside itself.
 *
 * @package BigLocalWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The URL of a file in the plugin's `assets` folder. */
function blw_asset_url( string $path ): string {
	return plugins_url( 'assets/' . $path, BLW_FILE );
}

add_action(
	'init',
	static function (): void {
		wp_register_script( 'big-local-widgets', blw_asset_url( 'big-local-widgets.min.js' ), array(), BLW_VERSION, true );
		wp_register_script( 'big-local-widgets-frame', blw_asset_url( 'embed.js' ), array(), BLW_VERSION, true );
		wp_register_style( 'big-local-widgets', plugins_url( 'block/style.css', BLW_FILE ), array(), BLW_VERSION );
	}
);

add_filter(
	'script_loader_tag',
	static function ( string $tag, string $handle ): string {
		if ( 'big-local-widgets' !== $handle || str_contains( $tag, 'type="module"' ) ) {
			return $tag;
		}
		// Themes that declare html5 script support print no type; others print text/javascript.
		$tag = str_replace( " type='text/javascript'", '', $tag );
		$tag = str_replace( ' type="text/javascript"', '', $tag );
		return str_replace( '<script ', '<script type="module" ', $tag );
	},
	10,
	2
);

function blw_enqueue_module(): void {
	wp_enqueue_script( 'big-local-widgets' );
}

function blw_enqueue_frame_parent(): void {
	wp_enqueue_script( 'big-local-widgets-frame' );
}

function blw_enqueue_styles(): void {
	wp_enqueue_style( 'big-local-widgets' );
}
