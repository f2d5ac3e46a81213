<?php
/**
 * Plugin Name: newsdesk review notes
 * Description: Lets the newsdesk desktop editor keep editors' review notes with each post, through the REST API.
 * Version: 1.0.0
 * Requires at least: 6.1
 * License: GPL-2.0-or-later
 *
 * WordPress has no editorial notes field, and post meta that no plugin registers is dropped
 * silently by the REST API. This plugin registers one post meta field for posts:
 *
 *   newsdesk_review_notes   a JSON array (stored as one string) of notes:
 *                           {"id": "<uuid>", "author": "…", "kind": "changes_requested" | …,
 *                            "body": "…", "created_gmt": "YYYY-MM-DDTHH:MM:SS"}
 *
 * - It is shown only in the REST API's edit context (?context=edit), so readers of a
 *   published post never see it, and only to users who may edit that post.
 * - It may be written by any user who can edit the post (auth_callback: edit_post), in the
 *   same request that changes the status: POST /wp/v2/posts/ID {"status": …, "meta":
 *   {"newsdesk_review_notes": "[…]"}}.
 * - Notes are append-only and identified by their id: a write keeps every stored note whose
 *   id it does not carry, so two editors writing at once do not erase each other's notes.
 * - A value that is not such a JSON array is refused with 400 newsdesk_review_notes_invalid.
 *
 * newsdesk detects the plugin by the key's presence in a ?context=edit answer; without it,
 * notes stay on the editor's machine and status changes still work.
 *
 * Install: copy this folder into wp-content/plugins/ and activate it, or copy this one file
 * into wp-content/mu-plugins/ (always active). See packaging/wordpress/README.md.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
if ( defined( 'NEWSDESK_REVIEW_NOTES_KEY' ) ) {
	return; // installed twice (as a plugin and as an mu-plugin): the first copy serves
}

const NEWSDESK_REVIEW_NOTES_KEY       = 'newsdesk_review_notes';
const NEWSDESK_REVIEW_NOTES_MAX_BYTES = 262144; // 256 KiB of JSON per post
const NEWSDESK_REVIEW_NOTES_FIELDS    = array( 'id', 'author', 'kind', 'body', 'created_gmt' );

/**
 * Decode a notes value; return the list of notes, or null when it is not a valid notes array.
 *
 * @param mixed $value Raw value.
 * @return array|null
 */
function newsdesk_review_notes_decode( $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	if ( '' === $value ) {
		return array();
	}
	if ( strlen( $value ) > NEWSDESK_REVIEW_NOTES_MAX_BYTES ) {
		return null;
	}
	$notes = json_decode( $value, true );
	if ( ! is_array( $notes ) || ( array() !== $notes && array_keys( $notes ) !== range( 0, count( $notes ) - 1 ) ) ) {
		return null;
	}
	$clean = array();
	foreach ( $notes as $note ) {
		if ( ! is_array( $note ) ) {
			return null;
		}
		$kept = array();
		foreach ( NEWSDESK_REVIEW_NOTES_FIELDS as $field ) {
			if ( ! isset( $note[ $field ] ) || ! is_string( $note[ $field ] ) ) {
				return null;
			}
			$kept[ $field ] = $note[ $field ];
		}
		if ( '' === $kept['id'] || strlen( $kept['id'] ) > 64 ) {
			return null;
		}
		$clean[] = $kept;
	}
	return $clean;
}

/**
 * Encode notes, oldest first, one per id.
 *
 * @param array $notes Notes.
 * @return string
 */
function newsdesk_review_notes_encode( array $notes ) {
	$by_id = array();
	foreach ( $notes as $note ) {
		if ( ! isset( $by_id[ $note['id'] ] ) ) {
			$by_id[ $note['id'] ] = $note;
		}
	}
	$list = array_values( $by_id );
	usort(
		$list,
		function ( $a, $b ) {
			return array( $a['created_gmt'], $a['id'] ) <=> array( $b['created_gmt'], $b['id'] );
		}
	);
	return (string) wp_json_encode( $list, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
}

add_action(
	'init',
	function () {
		register_post_meta(
			'post',
			NEWSDESK_REVIEW_NOTES_KEY,
			array(
				'type'              => 'string',
				'single'            => true,
				'default'           => '',
				'description'       => 'newsdesk review notes (JSON array)',
				'show_in_rest'      => array(
					'schema' => array(
						'type'        => 'string',
						'description' => 'newsdesk review notes: a JSON array of {id, author, kind, body, created_gmt}.',
						'context'     => array( 'edit' ),
					),
				),
				'sanitize_callback' => function ( $value ) {
					$notes = newsdesk_review_notes_decode( $value );
					return null === $notes ? '' : newsdesk_review_notes_encode( $notes );
				},
				'auth_callback'     => function ( $allowed, $meta_key, $post_id ) {
					return current_user_can( 'edit_post', $post_id );
				},
			)
		);
	}
);

/*
 * Before a post update runs: refuse a malformed notes value, and merge the stored notes into
 * the sent ones (append-only by id).
 */
add_filter(
	'rest_request_before_callbacks',
	function ( $response, $handler, $request ) {
		if ( is_wp_error( $response ) || 'GET' === $request->get_method() ) {
			return $response;
		}
		if ( ! preg_match( '#^/wp/v2/posts(?:/(\d+))?$#', $request->get_route(), $match ) ) {
			return $response;
		}
		$meta = $request->get_param( 'meta' );
		if ( ! is_array( $meta ) || ! array_key_exists( NEWSDESK_REVIEW_NOTES_KEY, $meta ) ) {
			return $response;
		}
		$sent = newsdesk_review_notes_decode( $meta[ NEWSDESK_REVIEW_NOTES_KEY ] );
		if ( null === $sent ) {
			return new WP_Error(
				'newsdesk_review_notes_invalid',
				'newsdesk_review_notes must be a JSON array of {id, author, kind, body, created_gmt}.',
				array( 'status' => 400 )
			);
		}
		$stored = array();
		if ( ! empty( $match[1] ) ) {
			$stored = newsdesk_review_notes_decode( (string) get_post_meta( (int) $match[1], NEWSDESK_REVIEW_NOTES_KEY, true ) );
			$stored = null === $stored ? array() : $stored;
		}
		$meta[ NEWSDESK_REVIEW_NOTES_KEY ] = newsdesk_review_notes_encode( array_merge( $stored, $sent ) );
		$request->set_param( 'meta', $meta );
		return $response;
	},
	10,
	3
);
