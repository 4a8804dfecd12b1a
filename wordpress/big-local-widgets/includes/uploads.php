<?php
/**
 * A dataset as a JSON file from the Media Library: WordPress refuses `.json` uploads unless a
 * plugin allows the type, and its file check reads JSON as plain text. Allowed for the roles that
 * may upload files at all.
 *
 * @package BigLocalWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'upload_mimes',
	static function ( array $types ): array {
		if ( current_user_can( 'upload_files' ) ) {
			$types['json'] = 'application/json';
		}
		return $types;
	}
);

add_filter(
	'wp_check_filetype_and_ext',
	static function ( array $checked, string $file, string $filename ): array {
		if ( $checked['ext'] || ! current_user_can( 'upload_files' ) ) {
			return $checked;
		}
		if ( 'json' === strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) ) ) {
			$text = file_get_contents( $file, false, null, 0, 1 << 20 );
			if ( is_string( $text ) && null !== json_decode( $text ) ) {
				return array(
					'ext'             => 'json',
					'type'            => 'application/json',
					'proper_filename' => false,
				);
			}
		}
		return $checked;
	},
	10,
	3
);
