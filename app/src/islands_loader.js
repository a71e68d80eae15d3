// Hydrates every <leptos-island> once the page is idle. Adapted from leptos's island_script.js
// (MIT, https://github.com/leptos-rs/leptos), called with the bundle's path without extension.
((pkg) => {
	const stack = [];
	async function visit(node, mod) {
		if (node.nodeType !== Node.ELEMENT_NODE) return;
		const tag = node.tagName.toLowerCase();
		if (tag === "leptos-island") {
			const island = mod[node.dataset.component];
			if (island) {
				const onChildren = stack[stack.length - 1];
				if (onChildren) onChildren();
				const done = island(node);
				if (done && done.then) await done;
			}
		}
		const isChildren = tag === "leptos-children";
		if (isChildren) stack.push(node.$$on_hydrate);
		for (const child of node.children) await visit(child, mod);
		if (isChildren) stack.pop();
	}
	const start = () =>
		import(`${pkg}.js`).then((mod) =>
			mod.default({ module_or_path: `${pkg}.wasm` }).then(() => {
				mod.hydrate();
				visit(document.body, mod);
			}),
		);
	if ("requestIdleCallback" in window) window.requestIdleCallback(start);
	else window.addEventListener("load", start);
});
