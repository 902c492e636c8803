/*
 * Belarus 2020 widgets: include once on a page (<script src="https://<site>/embed.js" async>).
 * Turns every <div data-belarus-embed="<chart>" data-options="lang=en&theme=dark"> into an iframe
 * of that widget (when it comes near the screen), and sizes every iframe of this site to the height
 * its widget reports. Messages are believed only from this site's origin and from the iframe itself.
 * No cookies, no requests anywhere else.
 */
(function () {
	'use strict';
	var script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
	if (!script) return;
	var origin = new URL(script.src, location.href).origin;
	if (window['belarusEmbed:' + origin]) return;
	window['belarusEmbed:' + origin] = 1;

	function frames() {
		return document.getElementsByTagName('iframe');
	}

	function onMessage(event) {
		if (event.origin !== origin) return;
		var d = event.data;
		if (
			!d ||
			d.type !== 'belarus-embed:height' ||
			typeof d.height !== 'number' ||
			!(d.height >= 0) ||
			d.height > 20000
		)
			return;
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			if (list[i].contentWindow === event.source && list[i].src.indexOf(origin + '/') === 0) {
				list[i].style.height = Math.ceil(d.height) + 'px';
				list[i].setAttribute('height', String(Math.ceil(d.height)));
				return;
			}
		}
	}

	function frameFor(el) {
		var chart = el.getAttribute('data-belarus-embed') || '';
		if (!/^[a-z]{1,30}$/.test(chart)) return;
		var params = new URLSearchParams(el.getAttribute('data-options') || '');
		// The width the widget's server lays its chart out for, as Pym's initialWidth: a phone's
		// column gets a phone's drawing at once, not one redrawn when the islands have loaded. In
		// steps of 20 px (within the widget's tolerance, src/lib/embed/drawingFit.ts), so that a CDN keeps few copies.
		var width = Math.floor(el.getBoundingClientRect().width / 20) * 20;
		if (width >= 200 && !params.has('initialWidth')) params.set('initialWidth', String(width));
		var options = params.toString();
		var link = el.querySelector('a');
		var iframe = document.createElement('iframe');
		iframe.src = origin + '/embed/' + chart + (options ? '?' + options : '');
		iframe.title = (link && link.textContent) || 'Belarus 2020: ' + chart;
		iframe.setAttribute('loading', 'lazy');
		iframe.setAttribute('scrolling', 'no');
		iframe.setAttribute('height', el.getAttribute('data-height') || '450');
		iframe.style.cssText = 'width:100%;border:0;display:block';
		el.removeAttribute('data-belarus-embed');
		el.textContent = '';
		el.appendChild(iframe);
	}

	function placeholders() {
		var found = document.querySelectorAll('div[data-belarus-embed]');
		if (!found.length) return;
		if (!('IntersectionObserver' in window)) {
			for (var i = 0; i < found.length; i++) frameFor(found[i]);
			return;
		}
		var io = new IntersectionObserver(
			function (entries) {
				for (var i = 0; i < entries.length; i++) {
					if (entries[i].isIntersecting) {
						io.unobserve(entries[i].target);
						frameFor(entries[i].target);
					}
				}
			},
			{ rootMargin: '600px 0px' }
		);
		for (var j = 0; j < found.length; j++) io.observe(found[j]);
	}

	/** Iframes that loaded before this script reported their height to no one: ask them again. */
	function ask() {
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var f = list[i];
			if (f.src.indexOf(origin + '/embed/') !== 0) continue;
			f.setAttribute('scrolling', 'no');
			// '*': a frame still loading is about:blank, and the request says nothing private.
			if (f.contentWindow) f.contentWindow.postMessage({ type: 'belarus-embed:measure' }, '*');
		}
	}

	window.addEventListener('message', onMessage);
	ask();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', placeholders);
	else placeholders();
})();
