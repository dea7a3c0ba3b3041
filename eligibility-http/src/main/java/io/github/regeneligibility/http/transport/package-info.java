/**
 * The transport: what every request and answer gets whatever the route (the first handler, the
 * query reader, media types, languages, problem answers, the access log and metrics). It reads only
 * the contract below it. Not a public API.
 */
@NullMarked
package io.github.regeneligibility.http.transport;

import org.jspecify.annotations.NullMarked;
