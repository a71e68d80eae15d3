# Sourced by the other scripts: tool paths and the shared build folder.
# wasm-opt from npm binaryen@132 must come first: Debian's older one breaks hydration.
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
