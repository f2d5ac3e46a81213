<?php
/**
 * Bulk-create test comments directly in PHP (no HTTP, no flood/duplicate checks, no e-mail),
 * adapted from the shared wp-test-server tools for newsdesk's moderation tests.
 *
 * Usage: php seed-comments.php <TARGET>/wp <post_id> <count> [tag]
 *   wp_insert_comment(): raw (no kses, no notifications), statuses cycle
 *   approved, hold, hold, spam, trash; dates one minute apart, ending now.
 *   tag (default: random) goes into every comment's text, so a test finds its own.
 * Prints JSON: {"created": N, "seconds": S, "ids": [..]}
 */
if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
list( , $docroot, $post_id, $count ) = $argv;
$tag                       = isset( $argv[4] ) ? $argv[4] : substr( md5( uniqid( '', true ) ), 0, 6 );
$_SERVER['HTTP_HOST']      = '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR']    = '127.0.0.1';
ob_start();
require $docroot . '/wp-load.php';
ob_end_clean();

$post_id  = (int) $post_id;
$count    = (int) $count;
$statuses = array( '1', '0', '0', 'spam', 'trash' );
$t0       = microtime( true );
$ids      = array();
wp_defer_comment_counting( true );
for ( $i = 0; $i < $count; $i++ ) {
	$gmt  = gmdate( 'Y-m-d H:i:s', time() - ( $count - $i ) * 60 );
	$data = array(
		'comment_post_ID'      => $post_id,
		'comment_author'       => 'قارئ رقم ' . $i,
		'comment_author_email' => "reader{$i}@example.test",
		'comment_author_url'   => '',
		'comment_author_IP'    => '192.0.2.' . ( $i % 250 + 1 ),
		'comment_agent'        => 'seed-comments/1.0',
		'comment_content'      => "تعليق تجريبي رقم {$i} حول الملف السوري — test comment #{$i} ({$tag})",
		'comment_type'         => 'comment',
		'comment_parent'       => 0,
		'user_id'              => 0,
		'comment_approved'     => $statuses[ $i % count( $statuses ) ],
		'comment_date_gmt'     => $gmt,
		'comment_date'         => get_date_from_gmt( $gmt ),
	);
	$id = wp_insert_comment( wp_slash( $data ) );
	if ( ! $id ) {
		fwrite( STDERR, 'failed at ' . $i . "\n" );
		exit( 2 );
	}
	$ids[] = $id;
}
wp_defer_comment_counting( false );
echo wp_json_encode(
	array(
		'created' => count( $ids ),
		'seconds' => round( microtime( true ) - $t0, 3 ),
		'ids'     => $ids,
	)
) . "\n";
