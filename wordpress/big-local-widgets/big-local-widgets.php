<?php
/**
 * Plugin Name:       Big Local widgets
 * Description:       Lets every editor put Big Local's widgets (area cards, outcome rings, the matrix, the story of the programme) in a post, with a block or a shortcode. Everything loads from this plugin, nothing from a CDN.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       big-local-widgets
 *
 * @package BigLocalWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'BLW_VERSION', '0.1.0' );
define( 'BLW_FILE', __FILE__ );
define( 'BLW_DIR', __DIR__ );

require_once BLW_DIR . '/includes/registry.php';
require_once BLW_DIR . '/includes/render.php';
require_once BLW_DIR . '/includes/assets.php';
require_once BLW_DIR . '/includes/block.php';
require_once BLW_DIR . '/includes/shortcode.php';
require_once BLW_DIR . '/includes/settings.php';
require_once BLW_DIR . '/includes/uploads.php';
