//! The Step 3 values of a server-to-server set-up: every kind of valid and invalid input of
//! the GUID, user-name and organization-URL readers, secrets refused everywhere, and
//! properties (no panic on any string; what is accepted reads back the same).

use marketo_guides_domain::s2s::{
    looks_like_secret, Guid, GuidError, OrgUrl, OrgUrlCaution, OrgUrlError, OrgUrlForm, UserName, UserNameError,
    MAX_FIELD_CHARS,
};
use proptest::prelude::*;

/// Shaped like an Entra client secret value (made up): 40 characters of letters, digits, `~._-`.
const SECRET: &str = "q8Z~4nR.tW2_xY7-kL1mP9sV3bC6dF0gH5jK8eA2";

#[test]
fn guids_in_the_shapes_entra_shows_are_read_and_kept_in_lower_case() {
    for (text, kept) in [
        ("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        ("3F2504E0-4F89-11D3-9A0C-0305E82C3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        ("  3f2504e0-4f89-11d3-9a0c-0305e82c3301\n", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        ("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
    ] {
        assert_eq!(Guid::parse(text).map(|g| g.to_string()), Ok(kept.to_string()), "{text:?}");
    }
}

#[test]
fn each_kind_of_bad_guid_says_what_is_wrong() {
    let cases: Vec<(String, GuidError)> = vec![
        ("".into(), GuidError::Empty),
        ("   ".into(), GuidError::Empty),
        ("a".repeat(MAX_FIELD_CHARS + 1), GuidError::TooLong),
        (SECRET.into(), GuidError::LooksLikeSecret),
        ("3f2504e04f8911d39a0c0305e82c3301".into(), GuidError::WrongGroups { found: vec![32] }),
        ("3f2504e0-4f89-11d3-9a0c0305e82c3301".into(), GuidError::WrongGroups { found: vec![8, 4, 4, 16] }),
        ("3f2504e0-4f89-11d3-9a0c-0305e82c330".into(), GuidError::WrongGroups { found: vec![8, 4, 4, 4, 11] }),
        ("3f2504e0-4f89-11d3-9a0c-0305e82c3301-".into(), GuidError::WrongGroups { found: vec![8, 4, 4, 4, 12, 0] }),
        ("3g2504e0-4f89-11d3-9a0c-0305e82c3301".into(), GuidError::NotHex { position: 2, character: 'g' }),
        ("{3f2504e0-4f89-11d3 9a0c-0305e82c3301}".into(), GuidError::NotHex { position: 20, character: ' ' }),
        ("00000000-0000-0000-0000-000000000000".into(), GuidError::Nil),
    ];
    for (text, error) in cases {
        assert_eq!(Guid::parse(&text), Err(error), "{text:?}");
    }
}

#[test]
fn user_names_are_an_address_or_domain_backslash_user_kept_as_typed() {
    for text in ["marketo-sync@contoso.onmicrosoft.com", "Sync.User@Contoso.com", "CONTOSO\\marketosync", " a@b.co "] {
        assert_eq!(UserName::parse(text).map(|u| u.to_string()), Ok(text.trim().to_string()), "{text:?}");
    }
    let cases: Vec<(String, UserNameError)> = vec![
        ("".into(), UserNameError::Empty),
        ("x".repeat(MAX_FIELD_CHARS + 1), UserNameError::TooLong),
        (SECRET.into(), UserNameError::LooksLikeSecret),
        ("sync user@contoso.com".into(), UserNameError::HasSpace),
        ("syncuser".into(), UserNameError::NotAnAddress),
        ("@contoso.com".into(), UserNameError::NotAnAddress),
        ("sync@".into(), UserNameError::NotAnAddress),
        ("sync@localhost".into(), UserNameError::NotAnAddress),
        ("sync@contoso..com".into(), UserNameError::NotAnAddress),
        ("a@b@contoso.com".into(), UserNameError::NotAnAddress),
        ("CONTOSO\\".into(), UserNameError::NotAnAddress),
        ("\\sync".into(), UserNameError::NotAnAddress),
        ("CONTOSO\\sync@contoso.com".into(), UserNameError::NotAnAddress),
    ];
    for (text, error) in cases {
        assert_eq!(UserName::parse(&text), Err(error), "{text:?}");
    }
}

#[test]
fn org_urls_accept_the_organization_service_url_and_the_organization_address() {
    // C5: what "View the Organization Service URL" tells the reader to paste, and the
    // organization's own address, with or without api., crm<N>, a trailing slash.
    let service = "https://contoso.api.crm.dynamics.com/XRMServices/2011/Organization.svc";
    for (text, kept, form) in [
        (service, service, OrgUrlForm::ServiceUrl),
        (
            "https://contoso.api.crm4.dynamics.com/xrmservices/2011/organization.svc/",
            "https://contoso.api.crm4.dynamics.com/XRMServices/2011/Organization.svc",
            OrgUrlForm::ServiceUrl,
        ),
        (
            "https://contoso.crm.dynamics.com/XRMServices/2011/Organization.svc",
            "https://contoso.crm.dynamics.com/XRMServices/2011/Organization.svc",
            OrgUrlForm::ServiceUrl,
        ),
        ("https://contoso.api.crm.dynamics.com", "https://contoso.api.crm.dynamics.com", OrgUrlForm::Address),
        ("https://contoso.crm.dynamics.com", "https://contoso.crm.dynamics.com", OrgUrlForm::Address),
        ("https://contoso.crm4.dynamics.com/", "https://contoso.crm4.dynamics.com", OrgUrlForm::Address),
        (
            "  HTTPS://Contoso-Sales.CRM11.Dynamics.com ",
            "https://contoso-sales.crm11.dynamics.com",
            OrgUrlForm::Address,
        ),
    ] {
        let url = OrgUrl::parse(text).unwrap_or_else(|e| panic!("{text:?} refused: {e}"));
        assert_eq!((url.to_string(), url.form(), url.caution()), (kept.to_string(), form, None), "{text:?}");
    }
    let address = OrgUrl::parse("https://contoso.crm.dynamics.com").unwrap();
    let endpoint = OrgUrl::parse(service).unwrap();
    assert_eq!((address.org(), endpoint.org()), ("contoso", "contoso"));
    assert!(address.same_org(&endpoint) && endpoint.same_org(&address));
    assert!(!address.same_org(&OrgUrl::parse("https://fabrikam.crm.dynamics.com").unwrap()));
}

#[test]
fn unusual_org_urls_that_may_be_right_are_accepted_with_a_caution_to_confirm_past() {
    for (text, caution) in [
        ("https://contoso.crm9.dynamics.com", None),
        ("https://contoso.crm.microsoftdynamics.us", Some(OrgUrlCaution::OtherCloud)),
        (
            "https://contoso.api.crm.microsoftdynamics.us/XRMServices/2011/Organization.svc",
            Some(OrgUrlCaution::OtherCloud),
        ),
        ("https://contoso.crm.appsplatform.us", Some(OrgUrlCaution::OtherCloud)),
        ("https://contoso.crm.dynamics.cn", Some(OrgUrlCaution::OtherCloud)),
        ("https://contoso.dynamics.com", Some(OrgUrlCaution::UnusualDynamicsHost)),
        ("https://eu.contoso.crm4.dynamics.com", Some(OrgUrlCaution::UnusualDynamicsHost)),
        ("https://contoso.crmx.dynamics.com", Some(OrgUrlCaution::UnusualDynamicsHost)),
        ("https://crm.contoso.com", Some(OrgUrlCaution::CustomDomain)),
        ("https://contoso.crm.dynamics.com.example.net", Some(OrgUrlCaution::CustomDomain)),
    ] {
        let url = OrgUrl::parse(text).unwrap_or_else(|e| panic!("{text:?} refused: {e}"));
        assert_eq!(url.caution(), caution.as_ref(), "{text:?}");
    }
}

#[test]
fn each_kind_of_bad_org_url_says_what_is_wrong() {
    let other = |host: &str| OrgUrlError::OtherService { host: host.into() };
    let not_host = |host: &str| OrgUrlError::NotAHost { host: host.into() };
    let cases: Vec<(String, OrgUrlError)> = vec![
        ("".into(), OrgUrlError::Empty),
        (format!("https://{}.crm.dynamics.com", "a".repeat(MAX_FIELD_CHARS)), OrgUrlError::TooLong),
        (SECRET.into(), OrgUrlError::LooksLikeSecret),
        (format!("https://{SECRET}"), OrgUrlError::LooksLikeSecret),
        (format!("https://contoso.crm.dynamics.com/{SECRET}"), OrgUrlError::LooksLikeSecret),
        ("contoso.crm.dynamics.com".into(), OrgUrlError::NotHttps { scheme: None }),
        ("http://contoso.crm.dynamics.com".into(), OrgUrlError::NotHttps { scheme: Some("http".into()) }),
        ("https://admin:pw@contoso.crm.dynamics.com".into(), OrgUrlError::ExtraParts),
        ("https://contoso.crm.dynamics.com:443".into(), OrgUrlError::ExtraParts),
        ("https://contoso.crm.dynamics.com/main.aspx".into(), OrgUrlError::HasPath),
        ("https://contoso.crm.dynamics.com/?appid=1".into(), OrgUrlError::HasPath),
        ("https://contoso.crm.dynamics.com#top".into(), OrgUrlError::HasPath),
        ("https://contoso.api.crm.dynamics.com/XRMServices/2011/Organization.svc/web".into(), OrgUrlError::HasPath),
        ("https://contoso".into(), not_host("contoso")),
        ("https://10.0.0.1".into(), not_host("10.0.0.1")),
        ("https://contoso..crm.dynamics.com".into(), not_host("contoso..crm.dynamics.com")),
        ("https://contoso.sharepoint.com".into(), other("contoso.sharepoint.com")),
        ("https://login.microsoftonline.com".into(), other("login.microsoftonline.com")),
        ("https://admin.powerplatform.microsoft.com".into(), other("admin.powerplatform.microsoft.com")),
        ("https://home.dynamics.com".into(), other("home.dynamics.com")),
        ("https://app-ab12.marketo.com".into(), other("app-ab12.marketo.com")),
        ("https://crm.dynamics.com".into(), OrgUrlError::BadOrgName { name: "".into() }),
        ("https://-contoso.crm.dynamics.com".into(), OrgUrlError::BadOrgName { name: "-contoso".into() }),
        ("https://cont_oso.crm.dynamics.com".into(), OrgUrlError::BadOrgName { name: "cont_oso".into() }),
        ("https://kontoso\u{e9}.crm.dynamics.com".into(), OrgUrlError::BadOrgName { name: "kontoso\u{e9}".into() }),
    ];
    for (text, error) in cases {
        assert_eq!(OrgUrl::parse(&text), Err(error), "{text:?}");
    }
}

#[test]
fn secrets_are_told_apart_from_the_values_these_fields_expect() {
    for secret in [SECRET, "Zx9~Ab3.Cd5_Ef7-Gh1Ij2Kl4Mn6Op8Qr0St", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/Ab="] {
        assert!(looks_like_secret(secret), "{secret}");
    }
    for value in [
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}",
        "https://contoso.crm.dynamics.com",
        "marketo-sync.integration.user@contoso.onmicrosoft.com",
        "CONTOSO\\marketo-sync-integration-user-2026",
        "Marketo Integration for Contoso Sales and Marketing",
        "short~Secret1",
        "3f2504e04f8911d39a0c0305e82c3301",
    ] {
        assert!(!looks_like_secret(value), "{value}");
    }
}

#[test]
fn what_is_kept_serializes_as_its_text_and_bad_stored_text_is_refused() {
    let guid = Guid::parse("3F2504E0-4F89-11D3-9A0C-0305E82C3301").unwrap();
    assert_eq!(serde_json::to_string(&guid).unwrap(), "\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"");
    assert!(serde_json::from_str::<Guid>("\"not-a-guid\"").is_err());
    let url = OrgUrl::parse("https://contoso.crm4.dynamics.com/").unwrap();
    assert_eq!(serde_json::from_str::<OrgUrl>(&serde_json::to_string(&url).unwrap()).unwrap(), url);
    assert!(serde_json::from_str::<OrgUrl>("\"http://contoso.crm.dynamics.com\"").is_err());
    assert!(serde_json::from_str::<UserName>(&format!("{SECRET:?}")).is_err());
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(10_000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn no_string_makes_a_reader_panic_and_what_is_accepted_reads_back_the_same(text in "\\PC{0,80}|[0-9a-fA-F{}-]{30,40}|https?://[a-zA-Z0-9.:@/-]{0,40}") {
        if let Ok(g) = Guid::parse(&text) {
            prop_assert_eq!(Guid::parse(&g.to_string()), Ok(g.clone()));
            prop_assert!(!looks_like_secret(&text));
        }
        if let Ok(u) = UserName::parse(&text) {
            prop_assert_eq!(UserName::parse(u.as_str()), Ok(u.clone()));
        }
        if let Ok(o) = OrgUrl::parse(&text) {
            prop_assert_eq!(OrgUrl::parse(&o.to_string()), Ok(o.clone()));
        }
    }

    #[test]
    fn every_well_formed_value_is_accepted(
        groups in (proptest::string::string_regex("[0-9a-fA-F]{8}").unwrap(), proptest::string::string_regex("[0-9a-fA-F]{4}").unwrap(),
                   proptest::string::string_regex("[0-9a-fA-F]{4}").unwrap(), proptest::string::string_regex("[0-9a-fA-F]{4}").unwrap(),
                   proptest::string::string_regex("[1-9a-fA-F][0-9a-fA-F]{11}").unwrap()),
        org in "[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?",
        region in "|[0-9]{1,2}",
        user in "[a-z][a-z0-9._-]{0,20}",
    ) {
        let (a, b, c, d, e) = groups;
        let guid = format!("{a}-{b}-{c}-{d}-{e}");
        prop_assert_eq!(Guid::parse(&guid).map(|g| g.to_string()), Ok(guid.to_ascii_lowercase()));
        let url = format!("https://{org}.crm{region}.dynamics.com");
        prop_assert_eq!(OrgUrl::parse(&url).map(|u| u.to_string()), Ok(url.clone()));
        let address = format!("{user}@{org}.example.com");
        prop_assert_eq!(UserName::parse(&address).map(|u| u.to_string()), Ok(address.clone()));
    }

    #[test]
    fn the_notes_and_the_day_reader_never_panic_and_never_keep_a_secret(
        text in "\\PC{0,80}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[A-Za-z0-9~._-]{30,44}",
        json in "\\PC{0,120}",
    ) {
        use marketo_guides_domain::s2s::{Day, NoteField, Step3Notes};
        if let Ok(day) = Day::parse(&text) {
            prop_assert_eq!(Day::parse(&day.to_string()), Ok(day));
        }
        let mut notes = Step3Notes::default();
        for field in NoteField::ALL {
            match notes.set(field, &text) {
                Ok(()) => prop_assert_eq!(notes.text(field), text.as_str()),
                Err(_) => prop_assert_eq!(notes.text(field), ""),
            }
            let _ = notes.problem(field);
            let _ = notes.ready_text(field);
            prop_assert!(!looks_like_secret(notes.text(field)));
        }
        let _ = notes.confirm_url(true);
        // Stored notes are read back only when every value could have been written down.
        if let Ok(back) = serde_json::from_str::<Step3Notes>(&serde_json::to_string(&notes).unwrap()) {
            prop_assert_eq!(back, notes);
        }
        let _ = serde_json::from_str::<Step3Notes>(&json);
    }
}

#[test]
fn answers_that_look_like_a_secret_are_refused_when_read_back_not_only_when_typed() {
    use marketo_guides_domain::dynamics::Answers;
    use marketo_guides_domain::sia::Situation;
    // What a share link, an imported file or storage could bring in.
    let dyn_with = |field: &str, value: &str| {
        let mut v = serde_json::to_value(Answers::default()).unwrap();
        v[field] = serde_json::Value::String(value.into());
        serde_json::from_value::<Answers>(v)
    };
    for field in ["version", "name", "email", "secret_expires"] {
        assert!(dyn_with(field, SECRET).is_err(), "{field}");
        assert!(dyn_with(field, "").is_ok(), "{field}");
    }
    let mut notes = serde_json::to_value(Answers::default()).unwrap();
    notes["notes"]["client_id"] = serde_json::Value::String(SECRET.into());
    assert!(serde_json::from_value::<Answers>(notes).is_err(), "a value for Step 3");
    let sia_with = |field: &str, value: &str| {
        let mut v = serde_json::to_value(Situation::default()).unwrap();
        v[field] = serde_json::Value::String(value.into());
        serde_json::from_value::<Situation>(v)
    };
    for field in ["leaving_name", "incoming_name"] {
        assert!(sia_with(field, SECRET).is_err(), "{field}");
        assert!(sia_with(field, "María-José O'Connor-Świątkowska (EMEA Marketing Ops)").is_ok(), "{field}");
    }
}

proptest! {
    /// Every URL the reader may paste that the parser accepts (the Organization Service URL
    /// and the organization's address, in any case, with or without `api.`, a region number,
    /// a trailing slash) round-trips through storage, and a confirmation of it survives.
    #[test]
    fn every_accepted_org_url_round_trips_through_storage(
        org in "[a-z][a-z0-9-]{0,20}[a-z0-9]",
        api in any::<bool>(),
        region in prop::option::of(1u8..=20),
        service in any::<bool>(),
        slash in any::<bool>(),
        upper in any::<bool>(),
    ) {
        let region = region.map_or(String::new(), |n| n.to_string());
        let mut text = format!("https://{org}.{}crm{region}.dynamics.com", if api { "api." } else { "" });
        if service {
            text.push_str("/XRMServices/2011/Organization.svc");
        }
        if slash {
            text.push('/');
        }
        if upper {
            text = text.to_uppercase();
        }
        let url = OrgUrl::parse(&text).unwrap_or_else(|e| panic!("{text} refused: {e}"));
        prop_assert_eq!(url.caution(), None);
        let stored = serde_json::to_string(&url).unwrap();
        let back: OrgUrl = serde_json::from_str(&stored).unwrap();
        prop_assert_eq!(&back, &url);
        let mut notes = marketo_guides_domain::s2s::Step3Notes::default();
        notes.set(marketo_guides_domain::s2s::NoteField::OrgUrl, &text).unwrap();
        notes.confirm_url(true).unwrap();
        let notes_back: marketo_guides_domain::s2s::Step3Notes =
            serde_json::from_str(&serde_json::to_string(&notes).unwrap()).unwrap();
        prop_assert!(notes_back.url_confirmed(), "{}", text);
    }
}
