/**
 * A tiny AMD loader for the preview, standing in for the one Jira's web-resource manager provides: named
 * modules only (as Jira's are), defined by script tags in order; require() resolves them once every
 * dependency is defined. No file loading: what the page needs is on the page.
 */
(function (global) {
    'use strict';

    var definitions = {};
    var instances = {};
    var resolving = {};

    function resolve(name) {
        if (Object.prototype.hasOwnProperty.call(instances, name)) {
            return instances[name];
        }
        var definition = definitions[name];
        if (!definition) {
            throw new Error('AMD module "' + name + '" is not defined on this page');
        }
        if (resolving[name]) {
            throw new Error('AMD module "' + name + '" depends on itself');
        }
        resolving[name] = true;
        try {
            var exported = definition.factory.apply(global, definition.deps.map(resolve));
            instances[name] = exported;
            return exported;
        } finally {
            delete resolving[name];
        }
    }

    function define(name, deps, factory) {
        if (typeof name !== 'string') {
            throw new Error('The preview loader takes named modules only: define("name", [deps], factory)');
        }
        if (typeof deps === 'function') {
            factory = deps;
            deps = [];
        }
        if (definitions[name]) {
            throw new Error('AMD module "' + name + '" is defined twice');
        }
        definitions[name] = { deps: deps || [], factory: typeof factory === 'function' ? factory : function () { return factory; } };
    }

    define.amd = {};

    function require(deps, callback) {
        if (typeof deps === 'string') {
            return resolve(deps);
        }
        var modules = deps.map(resolve);
        return callback ? callback.apply(global, modules) : undefined;
    }

    global.define = define;
    global.require = require;
}(window));
