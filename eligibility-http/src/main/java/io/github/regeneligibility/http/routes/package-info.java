/**
 * The routes: the handlers of the wire contract and the page for people, over the transport and the
 * contract. Not a public API.
 */
@NullMarked
package io.github.regeneligibility.http.routes;

import org.jspecify.annotations.NullMarked;
