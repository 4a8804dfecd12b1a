<?php
/**
 * Settings › Big Local widgets: the site's own dataset, used by every widget that names none,
 * and a check that it loads and validates, drawn by the library itself: its loader fetches the
 * URL, its validator lists what it found, in the provider's partial-data notice or error.
 *
 * @package BigLocalWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_init',
	static function (): void {
		register_setting(
			'blw_settings',
			'blw_default_data_url',
			array(
				'type'              => 'string',
				'default'           => '',
				'sanitize_callback' => static function ( $value ): string {
					$value = is_string( $value ) ? trim( $value ) : '';
					if ( '' === $value ) {
						return '';
					}
					$url = blw_data_url( $value );
					if ( null === $url ) {
						add_settings_error( 'blw_default_data_url', 'blw-bad-url', blw_word( 'badDataUrl' ) );
						return (string) get_option( 'blw_default_data_url', '' );
					}
					return $url;
				},
			)
		);
	}
);

add_action(
	'admin_menu',
	static function (): void {
		$page = add_options_page(
			blw_word( 'settingsTitle' ),
			blw_word( 'settingsMenu' ),
			'manage_options',
			'big-local-widgets',
			'blw_render_settings'
		);
		add_action(
			'admin_enqueue_scripts',
			static function ( string $hook ) use ( $page ): void {
				if ( $hook === $page ) {
					blw_enqueue_module();
				}
			}
		);
	}
);

function blw_render_settings(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$url = (string) get_option( 'blw_default_data_url', '' );
	echo '<div class="wrap"><h1>' . esc_html( blw_word( 'settingsTitle' ) ) . '</h1>';
	settings_errors( 'blw_default_data_url' );
	echo '<form method="post" action="options.php">';
	settings_fields( 'blw_settings' );
	printf(
		'<table class="form-table" role="presentation"><tr><th scope="row"><label for="blw_default_data_url">%s</label></th><td><input name="blw_default_data_url" id="blw_default_data_url" type="url" class="regular-text code" value="%s" /><p class="description">%s</p></td></tr></table>',
		esc_html( blw_word( 'dataUrl' ) ),
		esc_attr( $url ),
		esc_html( blw_word( 'dataUrlHelp' ) )
	);
	submit_button();
	echo '</form>';
	if ( '' !== $url ) {
		printf( '<h2>%s</h2><p>%s</p>', esc_html( blw_word( 'checkTitle' ) ), esc_html( blw_word( 'checkHelp' ) ) );
		printf(
			'<bl-programme src="%s"><bl-area-directory theme="light"></bl-area-directory></bl-programme>',
			esc_attr( $url )
		);
	}
	echo '</div>';
}
