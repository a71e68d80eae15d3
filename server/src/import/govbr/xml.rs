//! Small readers over roxmltree nodes, by local element name (the catalogue uses a namespace).

use roxmltree::Node;

pub fn child<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

pub fn children<'a, 'input>(
    node: Node<'a, 'input>,
    name: &'static str,
) -> impl Iterator<Item = Node<'a, 'input>> {
    node.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// The text inside an element (its text and CDATA children), if any is not blank.
pub fn text_of(node: Node) -> Option<String> {
    let text: String = node
        .children()
        .filter(|c| c.is_text())
        .filter_map(|c| c.text())
        .collect();
    (!text.trim().is_empty()).then_some(text)
}

pub fn child_text(node: Node, name: &str) -> Option<String> {
    child(node, name).and_then(text_of)
}

/// Texts of the `item` children of `name`.
pub fn items(node: Node, name: &str) -> Vec<String> {
    child(node, name)
        .map(|list| children(list, "item").filter_map(text_of).collect())
        .unwrap_or_default()
}

/// The highest numeric id anywhere below `node` (`id` attributes and `<id>` elements): the
/// catalogue's ids grow with every edit, so this orders revisions of one service.
pub fn highest_nested_id(node: Node) -> u64 {
    node.descendants()
        .filter(|n| n.is_element())
        .flat_map(|n| {
            let attribute = n.attribute("id").and_then(|v| v.parse::<u64>().ok());
            let element = (n.tag_name().name() == "id" && n != node)
                .then(|| text_of(n).and_then(|t| t.trim().parse::<u64>().ok()))
                .flatten();
            [attribute, element]
        })
        .flatten()
        .max()
        .unwrap_or(0)
}
