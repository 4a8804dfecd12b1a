<?php
/**
 * The "Big Local widget" block: a dynamic block whose settings live in its comment and whose
 * markup the server writes on every view, so kses, `wpautop`, `wptexturize` and the Classic
 * editor never see a widget's tag, and any role that may edit posts may use it.
 *
 * @package BigLocalWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function (): void {
		register_block_type(
			BLW_DIR . '/block',
			array( 'render_callback' => 'blw_render_block' )
		);
	}
);

/** The editor's data: the widgets, their attributes and words, and where the data is. */
add_action(
	'enqueue_block_editor_assets',
	static function (): void {
		blw_enqueue_module();
		wp_add_inline_script(
			'big-local-widget-editor-script',
			'window.bigLocalWidgets = ' . wp_json_encode(
				array(
					'widgets'     => array_values( blw_widgets() ),
					'words'       => blw_words(),
					'defaultData' => blw_asset_url( 'data/big-local-150.json' ),
					'siteData'    => (string) get_option( 'blw_default_data_url', '' ),
				)
			) . ';',
			'before'
		);
	}
);

/**
 * @param array<string, mixed> $attributes The block's settings.
 */
function blw_render_block( array $attributes ): string {
	$classes = 'iframe' === ( $attributes['mode'] ?? '' ) ? 'blw-widget is-iframe' : 'blw-widget';
	return sprintf(
		'<div %s>%s</div>',
		get_block_wrapper_attributes( array( 'class' => $classes ) ),
		blw_render_widget( $attributes )
	);
}
