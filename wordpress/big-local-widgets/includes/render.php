<?php
/**
 * One widget's markup from its settings, whoever wrote them: the block, the shortcode or the
 * settings page's check. Nothing here trusts its input: the widget must be in the registry, only
 * its own attributes pass, a data URL must be http or https, and every value is escaped. What
 * the widget then makes of a value (an area that does not exist, say) is its own error state.
 *
 * @package BigLocalWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The themes a widget may be given: by default it follows the site (`page`: the widget's own
 * default, light unless the theme declares a dark colour scheme), not the reader's OS.
 */
const BLW_THEMES = array( 'page', 'light', 'dark', 'auto' );

/**
 * A widget's settings, cleaned: `widget`, `options` (attribute => text), `theme`, `src`, `mode`
 * and, when something was refused, `error`.
 *
 * @param array<string, mixed> $settings As the block or the shortcode gave them.
 * @return array<string, mixed>
 */
function blw_clean_settings( array $settings ): array {
	$name    = is_string( $settings['widget'] ?? null ) ? trim( $settings['widget'] ) : 'area-card';
	$widgets = blw_widgets();
	if ( ! isset( $widgets[ $name ] ) ) {
		return array( 'error' => blw_word( 'unknownWidget', $name ) );
	}
	$widget  = $widgets[ $name ];
	$given   = is_array( $settings['options'] ?? null ) ? $settings['options'] : array();
	$options = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$value = $given[ $attribute['name'] ] ?? null;
		if ( is_int( $value ) || is_float( $value ) ) {
			$value = (string) $value;
		}
		if ( ! is_string( $value ) || '' === trim( $value ) ) {
			continue;
		}
		$options[ $attribute['name'] ] = trim( $value );
	}
	$theme = is_string( $settings['theme'] ?? null ) ? $settings['theme'] : 'page';
	$mode  = ( $settings['mode'] ?? '' ) === 'iframe' ? 'iframe' : 'script';
	$clean = array(
		'widget'  => $name,
		'options' => $options,
		'theme'   => in_array( $theme, BLW_THEMES, true ) ? $theme : 'page',
		'mode'    => $mode,
		'src'     => '',
	);
	$src = is_string( $settings['src'] ?? null ) ? trim( $settings['src'] ) : '';
	if ( '' === $src ) {
		$src = (string) get_option( 'blw_default_data_url', '' );
	}
	if ( '' !== $src ) {
		$url = blw_data_url( $src );
		if ( null === $url ) {
			$clean['error'] = blw_word( 'badDataUrl' );
		} else {
			$clean['src'] = $url;
		}
	}
	return $clean;
}

/** An http or https URL, or null for anything else (`javascript:`, `data:`, a relative path). */
function blw_data_url( string $src ): ?string {
	$scheme = strtolower( (string) wp_parse_url( $src, PHP_URL_SCHEME ) );
	if ( ! in_array( $scheme, array( 'http', 'https' ), true ) ) {
		return null;
	}
	$url = esc_url_raw( $src, array( 'http', 'https' ) );
	return '' === $url ? null : $url;
}

/** The message a reader sees in place of a widget that cannot be drawn, in the widgets' look. */
function blw_error_markup( string $message ): string {
	return sprintf(
		'<div class="blw-error" role="alert"><strong>%s</strong> %s</div>',
		esc_html( blw_word( 'errorTitle' ) ),
		esc_html( $message )
	);
}

/**
 * What the page says before JavaScript draws the widget, and what crawlers and readers without
 * JavaScript get: the widget's name and, on the embedded data, its area's.
 */
function blw_fallback_text( array $clean ): string {
	$widget = blw_widgets()[ $clean['widget'] ];
	$text   = $widget['label'];
	$area   = $clean['options']['area'] ?? '';
	if ( '' !== $area ) {
		$names = '' === $clean['src'] ? blw_default_area_names() : array();
		$text .= ': ' . ( $names[ $area ] ?? $area );
	}
	return $text;
}

/**
 * The widget's markup: its tag with its attributes, or an iframe of the plugin's embed page.
 *
 * @param array<string, mixed> $settings As the block or the shortcode gave them.
 */
function blw_render_widget( array $settings ): string {
	$clean = blw_clean_settings( $settings );
	if ( isset( $clean['error'] ) ) {
		blw_enqueue_styles();
		return blw_error_markup( $clean['error'] );
	}
	$widget     = blw_widgets()[ $clean['widget'] ];
	$attributes = $clean['options'];
	// Under a post's title: the widget's heading is a second-level one unless set otherwise.
	$headed = in_array( 'heading-level', array_column( $widget['attributes'], 'name' ), true );
	if ( $headed && ! isset( $attributes['heading-level'] ) ) {
		$attributes['heading-level'] = '2';
	}
	if ( 'page' !== $clean['theme'] ) {
		$attributes['theme'] = $clean['theme'];
	}
	if ( '' !== $clean['src'] ) {
		$attributes['src'] = $clean['src'];
	}
	blw_enqueue_styles();
	if ( 'iframe' === $clean['mode'] ) {
		blw_enqueue_frame_parent();
		$query = array_merge( array( 'widget' => $clean['widget'] ), $attributes );
		return sprintf(
			'<iframe class="blw-frame" src="%s" title="%s" loading="lazy"></iframe>',
			esc_url( add_query_arg( array_map( 'rawurlencode', $query ), blw_asset_url( 'embed.html' ) ) ),
			esc_attr( blw_fallback_text( $clean ) )
		);
	}
	blw_enqueue_module();
	$markup = '<' . $widget['tag'];
	foreach ( $attributes as $name => $value ) {
		$markup .= sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
	}
	return $markup . sprintf(
		'><p class="blw-fallback">%s</p></%s>',
		esc_html( blw_fallback_text( $clean ) ),
		$widget['tag']
	);
}
