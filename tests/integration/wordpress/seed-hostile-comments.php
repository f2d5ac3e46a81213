<?php
/**
 * Insert the hostile comment corpus of tests/integration/test_hostile_comments.py as visitors'
 * comments, exactly as written (no HTTP, no kses, no flood/duplicate checks, no e-mail).
 *
 * Usage: php seed-hostile-comments.php <TARGET>/wp <post_id> <corpus.json>
 *   corpus.json: [{"content", "author_name", "author_url", "author_email", "status"}, ...]
 *   status: 1 (approved), 0 (hold), spam or trash. Dates one minute apart, ending now.
 *
 * Two things WordPress does not let through by itself are arranged here, for the test site:
 *
 * - wp_comments.comment_content is TEXT (65,535 bytes): wpdb refuses longer values. The
 *   column becomes MEDIUMTEXT (as busy sites do) so that bodies of hundreds of KB exist.
 * - Lone UTF-16 surrogates never come out of WordPress's JSON: MariaDB (utf8mb4) and wpdb
 *   refuse the CESU bytes of a surrogate, PHP's json_encode() fails on them and
 *   wp_json_encode() then replaces them. A broken plugin or proxy can still send them, so a
 *   must-use plugin rewrites the markers NDSURRHI / NDSURRLO in REST answers into the JSON
 *   escapes \ud800 / \udfff. Answers without a marker are left alone (other tests share
 *   the site).
 *
 * Prints JSON: {"ids": [..], "failed": [index, ..], "seconds": S}
 */
if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
list( , $docroot, $post_id, $corpus_path ) = $argv;
$_SERVER['HTTP_HOST']      = '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR']    = '127.0.0.1';
ob_start();
require $docroot . '/wp-load.php';
ob_end_clean();

$plugin = $docroot . '/wp-content/mu-plugins/newsdesk-test-surrogates.php';
if ( ! file_exists( $plugin ) ) {
	file_put_contents(
		$plugin,
		'<?php
// Test site only: turn surrogate markers into lone UTF-16 surrogate escapes in REST answers.
if ( isset( $_GET["rest_route"] ) || false !== strpos( $_SERVER["REQUEST_URI"] ?? "", "/wp-json/" ) ) {
	ob_start(
		function ( $body ) {
			if ( false === strpos( $body, "NDSURR" ) ) {
				return $body;
			}
			return str_replace( array( "NDSURRHI", "NDSURRLO" ), array( "\\\\ud800", "\\\\udfff" ), $body );
		}
	);
}
'
	);
}

global $wpdb;
$wpdb->query( "ALTER TABLE {$wpdb->comments} MODIFY comment_content MEDIUMTEXT NOT NULL" );

$corpus = json_decode( file_get_contents( $corpus_path ), true );
if ( ! is_array( $corpus ) ) {
	fwrite( STDERR, 'unreadable corpus: ' . json_last_error_msg() . "\n" );
	exit( 2 );
}
$post_id = (int) $post_id;
$count   = count( $corpus );
$t0      = microtime( true );
$ids     = array();
$failed  = array();
wp_defer_comment_counting( true );
foreach ( $corpus as $i => $item ) {
	$gmt  = gmdate( 'Y-m-d H:i:s', time() - ( $count - $i ) * 60 );
	$data = array(
		'comment_post_ID'      => $post_id,
		'comment_author'       => $item['author_name'],
		'comment_author_email' => $item['author_email'],
		'comment_author_url'   => $item['author_url'],
		'comment_author_IP'    => '192.0.2.' . ( $i % 250 + 1 ),
		'comment_agent'        => 'hostile-corpus/1.0',
		'comment_content'      => $item['content'],
		'comment_type'         => 'comment',
		'comment_parent'       => 0,
		'user_id'              => 0,
		'comment_approved'     => (string) $item['status'],
		'comment_date_gmt'     => $gmt,
		'comment_date'         => get_date_from_gmt( $gmt ),
	);
	$id = wp_insert_comment( wp_slash( $data ) );
	if ( $id ) {
		$ids[] = $id;
	} else {
		$failed[] = $i;
	}
}
wp_defer_comment_counting( false );
echo wp_json_encode(
	array(
		'ids'     => $ids,
		'failed'  => $failed,
		'seconds' => round( microtime( true ) - $t0, 3 ),
	)
) . "\n";
