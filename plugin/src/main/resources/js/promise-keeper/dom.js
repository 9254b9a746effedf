/**
 * promise-keeper/dom: the few DOM builders every script of the app shares. Elements are made from tag names
 * and filled with text, so that no value, text or message ever reaches the page as markup.
 */
define('promise-keeper/dom', ['jquery'], function ($) {
    'use strict';

    var TAG = /^[a-z][a-z0-9]*$/;

    /** A new element {@code tag} (a bare tag name such as "td", never markup). */
    function element(tag) {
        if (!TAG.test(tag)) {
            throw new Error('Not a tag name: ' + tag);
        }
        return $(document.createElement(tag));
    }

    /** A new element {@code tag} holding {@code value} as text; nothing for null or undefined. */
    function text(tag, value) {
        return element(tag).text(value === undefined || value === null ? '' : String(value));
    }

    /** An AUI button that calls {@code onClick}; the page's main action when {@code primary}. */
    function button(label, onClick, primary) {
        return element('button').attr('type', 'button').addClass(primary ? 'aui-button aui-button-primary' : 'aui-button')
            .text(label).on('click', onClick);
    }

    /** An AUI field group: {@code label} for {@code $input}, which gets {@code id}, then {@code $after} (a hint or an error). */
    function fieldGroup(id, label, $input, $after) {
        return element('div').addClass('field-group').append(text('label', label).attr('for', id), $input.attr('id', id), $after || '');
    }

    /** A select named {@code name}; {@code options} are texts, or {value, text}; the one equal to {@code selected} is chosen. */
    function select(name, options, selected) {
        return element('select').attr('name', name).append(options.map(function (option) {
            var value = typeof option === 'object' ? option.value : option;
            var label = typeof option === 'object' ? option.text : option;
            return text('option', label).val(String(value)).prop('selected', String(value) === String(selected));
        }));
    }

    return { element: element, text: text, button: button, fieldGroup: fieldGroup, select: select };
});
