<?php
/**
 * The widgets a post may use and the attributes each takes, read from `widgets.json`, which the
 * build writes from the library's own registry: the plugin never keeps a second list by hand.
 *
 * @package BigLocalWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every embeddable widget, by registry name: `tag`, `label`, `needsArea` and `attributes`
 * (each `name`, `kind` and, for a choice, `choices` and their `labels`).
 *
 * @return array<string, array<string, mixed>>
 */
function blw_widgets(): array {
	static $widgets = null;
	if ( null === $widgets ) {
		$text    = file_get_contents( BLW_DIR . '/widgets.json' );
		$decoded = is_string( $text ) ? json_decode( $text, true ) : null;
		$widgets = array();
		foreach ( is_array( $decoded ) ? ( $decoded['widgets'] ?? array() ) : array() as $widget ) {
			$widgets[ $widget['name'] ] = $widget;
		}
	}
	return $widgets;
}

/**
 * The words the plugin shows, from the same build (the library's own wordings).
 *
 * @return array<string, string>
 */
function blw_words(): array {
	static $words = null;
	if ( null === $words ) {
		$text    = file_get_contents( BLW_DIR . '/widgets.json' );
		$decoded = is_string( $text ) ? json_decode( $text, true ) : null;
		$words   = is_array( $decoded ) ? ( $decoded['words'] ?? array() ) : array();
	}
	return $words;
}

/** One of the plugin's wordings, with `%s` filled in. */
function blw_word( string $key, string ...$values ): string {
	$words = blw_words();
	return vsprintf( $words[ $key ] ?? $key, $values );
}

/**
 * The names of the embedded default's areas by id, for the text a page shows before (or
 * without) JavaScript.
 *
 * @return array<string, string>
 */
function blw_default_area_names(): array {
	static $names = null;
	if ( null === $names ) {
		$names = array();
		$text  = file_get_contents( BLW_DIR . '/assets/data/big-local-150.json' );
		$data  = is_string( $text ) ? json_decode( $text, true ) : null;
		foreach ( is_array( $data ) ? ( $data['areas'] ?? array() ) : array() as $area ) {
			if ( isset( $area['id'], $area['name'] ) && is_string( $area['id'] ) && is_string( $area['name'] ) ) {
				$names[ $area['id'] ] = $area['name'];
			}
		}
	}
	return $names;
}
