//! A browser with a software passkey, for driving the account endpoints as a person would: it
//! keeps its own session cookie (the `__Host-` cookie is Secure, which the test client would
//! not send over plain HTTP) and answers WebAuthn ceremonies with webauthn-authenticator-rs.

use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};
use serde_json::{Value, json};
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;
use webauthn_rs::prelude::{
    CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
    Url,
};
use webauthn_rs_proto::{
    AllowCredentials, AuthenticatorTransport, ResidentKeyRequirement, UserVerificationPolicy,
};

use crate::helpers::TestApp;

/// The site's public address in the tests' `Auth`: what browsers put in `clientDataJSON`.
pub const ORIGIN: &str = "http://localhost:3000";

pub struct Answer {
    pub status: u16,
    pub body: Value,
    pub location: Option<String>,
    pub retry_after: Option<String>,
}

pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookie: Option<String>,
    pub passkey: SoftPasskey,
    /// Credential ids this browser's passkey made, and the account handle they belong to.
    pub credentials: Vec<Vec<u8>>,
    pub user_handle: Option<Vec<u8>>,
}

fn origin() -> Url {
    Url::parse(ORIGIN).expect("origin")
}

/// The server asks for a discoverable credential with user verification; the soft token cannot
/// store credentials itself, so after checking the request it is relaxed for the soft token
/// (the browser tests use Chromium's virtual authenticator, which honours it).
fn soft_token_options(options: &Value) -> CreationChallengeResponse {
    let mut options: CreationChallengeResponse =
        serde_json::from_value(options.clone()).expect("creation options");
    let selection = options
        .public_key
        .authenticator_selection
        .as_mut()
        .expect("authenticator selection");
    assert!(selection.require_resident_key, "passkeys must be discoverable");
    assert_eq!(selection.resident_key, Some(ResidentKeyRequirement::Required));
    assert_eq!(selection.user_verification, UserVerificationPolicy::Required);
    selection.require_resident_key = false;
    selection.resident_key = Some(ResidentKeyRequirement::Discouraged);
    options
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        // `true`: the soft token claims user verification, as a phone's screen lock does.
        Browser {
            app,
            cookie: None,
            passkey: SoftPasskey::new(true),
            credentials: Vec::new(),
            user_handle: None,
        }
    }

    fn keep_cookie(&mut self, response: &reqwest::Response) {
        for value in response.headers().get_all(SET_COOKIE) {
            let text = value.to_str().expect("cookie");
            if let Some(rest) = text.strip_prefix("__Host-session=") {
                let token = rest.split(';').next().unwrap_or_default();
                self.cookie = (!token.is_empty()).then(|| token.to_owned());
            }
        }
    }

    fn request(&self, builder: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let builder = builder.header("sec-fetch-site", "same-origin");
        match &self.cookie {
            Some(token) => builder.header(COOKIE, format!("__Host-session={token}")),
            None => builder,
        }
    }

    async fn answer(&mut self, response: reqwest::Response) -> Answer {
        self.keep_cookie(&response);
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let location = header(LOCATION.as_str());
        let retry_after = header("retry-after");
        let text = response.text().await.expect("body");
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        Answer {
            status,
            body,
            location,
            retry_after,
        }
    }

    pub async fn post_json(&mut self, path: &str, body: Value) -> Answer {
        let request = self
            .app
            .client
            .post(self.app.url(path))
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_string());
        let response = self.request(request).send().await.expect("request");
        self.answer(response).await
    }

    pub async fn post_raw(&mut self, path: &str, content_type: &str, body: &str) -> Answer {
        let request = self
            .app
            .client
            .post(self.app.url(path))
            .header(CONTENT_TYPE, content_type)
            .body(body.to_owned());
        let response = self.request(request).send().await.expect("request");
        self.answer(response).await
    }

    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let request = self.app.client.post(self.app.url(path)).form(fields);
        let response = self.request(request).send().await.expect("request");
        self.answer(response).await
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        let request = self.app.client.get(self.app.url(path));
        let response = self.request(request).send().await.expect("request");
        self.answer(response).await
    }

    /// Answers a registration challenge with this browser's passkey.
    pub fn register(&mut self, options: &Value) -> RegisterPublicKeyCredential {
        let options = soft_token_options(options);
        let handle: Vec<u8> = options.public_key.user.id.clone().to_vec();
        let credential = self
            .passkey
            .do_registration(origin(), options)
            .expect("the passkey registers");
        self.credentials.push(credential.raw_id.to_vec());
        self.user_handle = Some(handle);
        credential
    }

    /// Answers an authentication challenge. For a discoverable sign-in (no credentials named)
    /// it offers its own, as a browser's passkey picker does, with the account's user handle.
    pub fn authenticate(&mut self, options: &Value) -> PublicKeyCredential {
        let mut options: RequestChallengeResponse =
            serde_json::from_value(options.clone()).expect("request options");
        let discoverable = options.public_key.allow_credentials.is_empty();
        if discoverable {
            options.public_key.allow_credentials = self
                .credentials
                .iter()
                .map(|id| AllowCredentials {
                    type_: "public-key".to_owned(),
                    id: id.clone(),
                    transports: Some(vec![AuthenticatorTransport::Internal]),
                })
                .collect();
        }
        let mut credential = self
            .passkey
            .do_authentication(origin(), options)
            .expect("the passkey signs");
        if discoverable {
            credential.response.user_handle = self.user_handle.clone();
        }
        credential
    }

    pub async fn sign_up(&mut self, display_name: &str) -> Answer {
        let start = self
            .post_json(
                "/api/v1/passkeys/sign-up/start?lang=en",
                json!({ "display_name": display_name }),
            )
            .await;
        assert_eq!(start.status, 200, "{:?}", start.body);
        let credential = self.register(&start.body["options"]);
        let body =
            json!({ "ceremony": start.body["ceremony"], "credential": credential, "passkey_name": "Phone" });
        self.post_json("/api/v1/passkeys/sign-up/finish?lang=en", body)
            .await
    }

    pub async fn sign_in(&mut self) -> Answer {
        let start = self
            .post_json("/api/v1/passkeys/sign-in/start?lang=en", json!({}))
            .await;
        assert_eq!(start.status, 200, "{:?}", start.body);
        let credential = self.authenticate(&start.body["options"]);
        let body = json!({ "ceremony": start.body["ceremony"], "credential": credential });
        self.post_json("/api/v1/passkeys/sign-in/finish?lang=en", body)
            .await
    }

    /// Adds a passkey made by `other` (another device) to the account signed in here.
    pub async fn add_passkey(&mut self, other: &mut SoftPasskey, name: &str) -> Answer {
        let start = self
            .post_json("/api/v1/passkeys/add/start?lang=en", json!({}))
            .await;
        if start.status != 200 {
            return start;
        }
        let credential = other
            .do_registration(origin(), soft_token_options(&start.body["options"]))
            .expect("registers");
        let body =
            json!({ "ceremony": start.body["ceremony"], "credential": credential, "passkey_name": name });
        self.post_json("/api/v1/passkeys/add/finish?lang=en", body).await
    }

    pub async fn verify(&mut self) -> Answer {
        let start = self
            .post_json("/api/v1/passkeys/verify/start?lang=en", json!({}))
            .await;
        assert_eq!(start.status, 200, "{:?}", start.body);
        let credential = self.authenticate(&start.body["options"]);
        let body = json!({ "ceremony": start.body["ceremony"], "credential": credential });
        self.post_json("/api/v1/passkeys/verify/finish?lang=en", body)
            .await
    }
}
