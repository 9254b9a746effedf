/**
 * promise-keeper/rest: the one place that knows the REST base URL, and a JSON GET whose answer is
 * dropped when a newer request from the same caller has started.
 */
define('promise-keeper/rest', ['jquery', 'wrm/context-path'], function ($, contextPath) {
    'use strict';

    var BASE_URL = contextPath() + '/rest/promise-keeper/1.0';

    function url(path, params) {
        var query = params ? $.param(params) : '';
        return BASE_URL + path + (query ? '?' + query : '');
    }

    /** The server's own message from an error answer ({"errors":[{"message":…}]}), else the HTTP status text. */
    function errorMessage(xhr) {
        var body = xhr && xhr.responseJSON;
        if (body && body.errors && body.errors.length) {
            return body.errors.map(function (error) { return error.message; }).join(' ');
        }
        return (xhr && xhr.status ? xhr.status + ' ' : '') + ((xhr && xhr.statusText) || 'network error');
    }

    /** A requester whose older in-flight request is aborted when a newer one starts. */
    function latestOnly() {
        var current = null;
        return function getJson(path, params) {
            if (current) {
                current.abort();
            }
            var request = $.ajax({ url: url(path, params), dataType: 'json', cache: false });
            current = request;
            return request.always(function () {
                if (current === request) {
                    current = null;
                }
            });
        };
    }

    /**
     * A write: {@code body} sent as {@code contentType} (application/json for objects, text/csv for an
     * import), the JSON answer parsed. Only these two types are accepted by the server (see docs/rest-api.md).
     * {@code headers} (optional) are added to the request, e.g. the admin page's X-Promise-Keeper-Source.
     */
    function send(method, path, params, body, contentType, headers) {
        return $.ajax({
            url: url(path, params),
            type: method,
            headers: headers || {},
            contentType: contentType || 'application/json',
            data: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
            processData: false,
            dataType: 'json'
        });
    }

    return { url: url, latestOnly: latestOnly, errorMessage: errorMessage, send: send };
});
