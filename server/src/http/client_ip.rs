//! The client's address, for rate limits: the TCP peer, or — when the peer is a reverse proxy
//! the site was told to trust (`TRUSTED_PROXIES`) — the nearest address in `X-Forwarded-For`
//! that is not itself a trusted proxy. Without trusted proxies the header is ignored, so a
//! client cannot dodge a limit by writing its own.

use std::net::IpAddr;

use axum::http::{HeaderMap, HeaderName};
use ipnet::IpNet;

static FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");

/// Parses one `TRUSTED_PROXIES` entry: an address (`10.0.0.7`) or a network (`10.0.0.0/8`).
pub fn parse_proxy(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    text.parse::<IpNet>()
        .or_else(|_| text.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("not an IP address or network: {text:?}"))
}

/// Walks `X-Forwarded-For` from the right (the hop nearest us) while the hops are trusted
/// proxies; the first other address is the client. A hop that does not parse ends the walk at
/// the last good one: a proxy that forwards garbage is treated as the client.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all(&FORWARDED_FOR)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.trim().parse::<IpAddr>().map(|ip| ip.to_canonical()) else {
            break;
        };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for value in values {
            map.append(&FORWARDED_FOR, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn proxies_parse_as_addresses_or_networks() {
        assert_eq!(parse_proxy("10.0.0.7").unwrap().to_string(), "10.0.0.7/32");
        assert_eq!(parse_proxy(" 10.0.0.0/8 ").unwrap().to_string(), "10.0.0.0/8");
        assert_eq!(parse_proxy("::1").unwrap().to_string(), "::1/128");
        assert!(parse_proxy("proxy.internal").is_err());
        assert!(parse_proxy("10.0.0.0/33").is_err());
    }

    #[test]
    fn the_client_is_the_nearest_untrusted_hop() {
        let trusted = [
            parse_proxy("10.0.0.0/8").unwrap(),
            parse_proxy("127.0.0.1").unwrap(),
        ];
        let cases: &[(&str, &[&str], &str)] = &[
            // No proxy in front: the header is the client's own words and is ignored.
            ("203.0.113.5", &["198.51.100.1"], "203.0.113.5"),
            // One trusted proxy: the address it saw.
            ("10.0.0.2", &["198.51.100.1"], "198.51.100.1"),
            // A client that writes its own header before the proxy appends: the proxy's entry wins.
            ("10.0.0.2", &["1.2.3.4, 198.51.100.1"], "198.51.100.1"),
            // Two trusted proxies in a chain, and the header split over two lines.
            ("127.0.0.1", &["198.51.100.1", "10.0.0.9"], "198.51.100.1"),
            // A proxy that sent no header: the proxy itself.
            ("10.0.0.2", &[], "10.0.0.2"),
            // Garbage stops the walk at the last good hop.
            ("10.0.0.2", &["198.51.100.1, not-an-ip"], "10.0.0.2"),
            ("10.0.0.2", &["not-an-ip, 10.0.0.3"], "10.0.0.3"),
            // IPv6 clients, and IPv4 peers seen as IPv4-mapped IPv6.
            ("10.0.0.2", &["2001:db8::1"], "2001:db8::1"),
            ("::ffff:10.0.0.2", &["198.51.100.1"], "198.51.100.1"),
        ];
        for (peer, header_values, expected) in cases {
            assert_eq!(
                client_ip(ip(peer), &headers(header_values), &trusted),
                ip(expected),
                "peer {peer}, X-Forwarded-For {header_values:?}"
            );
        }
    }

    #[test]
    fn without_trusted_proxies_the_header_never_counts() {
        let found = client_ip(ip("127.0.0.1"), &headers(&["198.51.100.1"]), &[]);
        assert_eq!(found, ip("127.0.0.1"));
    }
}
