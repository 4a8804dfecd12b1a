<?php
/**
 * `[big_local widget="area-card" area="barrowcliff"]` for classic content and page builders.
 * Any other attribute the widget takes goes by its own name (`year`, `variant`, …), with
 * `theme`, `src` and `mode="iframe"` as for the block.
 *
 * Quotes a word processor or `wptexturize` curled (“ ” ‘ ’ ″) are read as straight ones, so
 * `area=”barrowcliff”` means barrowcliff; WordPress's own `shortcode_unautop` keeps `wpautop`
 * from wrapping the widget in a paragraph.
 *
 * @package BigLocalWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function (): void {
		add_shortcode( 'big_local', 'blw_render_shortcode' );
	}
);

/** Straight quotes for curled ones, and no HTML entities for quotes, in a shortcode's text. */
function blw_straighten_quotes( string $text ): string {
	$text = str_replace( array( '&#8220;', '&#8221;', '&#8243;', '&quot;' ), '"', $text );
	$text = str_replace( array( '&#8216;', '&#8217;', '&#8242;', '&#039;' ), "'", $text );
	return str_replace( array( '“', '”', '„', '″' ), '"', str_replace( array( '‘', '’', '′' ), "'", $text ) );
}

/**
 * The attributes as the author meant them: WordPress parses `area=”x”` as a bare word, so when
 * a value or a word still holds a curled quote, the whole tag is read again with straight ones.
 *
 * @param array<int|string, string>|string $attributes As WordPress parsed them.
 * @return array<string, string>
 */
function blw_shortcode_attributes( $attributes ): array {
	if ( ! is_array( $attributes ) ) {
		return array();
	}
	$curled = false;
	$text   = '';
	foreach ( $attributes as $key => $value ) {
		$straight = blw_straighten_quotes( (string) $value );
		$curled   = $curled || $straight !== (string) $value || is_int( $key );
		// `area=”x”` arrives as the value `”x”`: straightened, it is the quoted value it meant.
		$quoted   = preg_match( '/^(["\']).*\1$/s', $straight );
		$text    .= is_int( $key ) ? ' ' . $straight : ' ' . $key . '=' . ( $quoted ? $straight : '"' . str_replace( '"', '', $straight ) . '"' );
	}
	if ( ! $curled ) {
		return array_map( 'strval', $attributes );
	}
	$parsed = shortcode_parse_atts( $text );
	$clean  = array();
	foreach ( is_array( $parsed ) ? $parsed : array() as $key => $value ) {
		if ( is_string( $key ) ) {
			$clean[ strtolower( $key ) ] = (string) $value;
		}
	}
	return $clean;
}

/**
 * @param array<int|string, string>|string $attributes The shortcode's attributes.
 */
function blw_render_shortcode( $attributes ): string {
	$given    = blw_shortcode_attributes( $attributes );
	$settings = array(
		'widget'  => $given['widget'] ?? 'area-card',
		'theme'   => $given['theme'] ?? 'page',
		'src'     => $given['src'] ?? '',
		'mode'    => $given['mode'] ?? 'script',
		'options' => array_diff_key( $given, array_flip( array( 'widget', 'theme', 'src', 'mode' ) ) ),
	);
	return '<div class="blw-widget">' . blw_render_widget( $settings ) . '</div>';
}
