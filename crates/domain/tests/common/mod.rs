//! Helpers shared by the domain's test files.

use marketo_guides_domain::dynamics::{Action, DynSession, DynamicsAdmin, Org};
use marketo_guides_domain::engine::Confirmation;
use marketo_guides_domain::practice::Session;
use marketo_guides_domain::s2s::NoteField;

/// The client app every Dynamics practice registers (server-to-server Step 2 of 3, ROPC
/// Step 3 of 4), done right in the training tenant: a single-tenant app, its client ID
/// written down, admin consent, a client secret copied while shown, and the organization
/// URL written down and confirmed. Returns the number of actions pressed.
pub fn client_app_done(s: &mut DynSession, at: u64) -> usize {
    let press = |s: &mut DynSession, action: Action| {
        s.press(&action, Confirmation::NotConfirmed, at).unwrap_or_else(|e| panic!("{action:?}: {e:?}"));
    };
    press(s, Action::RegisterApp { name: "Marketo Integration".into(), single_tenant: true });
    let app = s.state().the_app().expect("registered");
    let (id, client_id) = (app.id, app.client_id.to_string());
    let url = s.state().tenant().expect("training tenant").org_url.to_string();
    press(s, Action::Record { field: NoteField::ClientId, text: client_id });
    press(s, Action::GrantConsent { app: id });
    press(
        s,
        Action::NewClientSecret {
            app: id,
            description: "Marketo".into(),
            expires: Default::default(),
            offset: Default::default(),
        },
    );
    let secret = s.state().the_app().and_then(|a| a.secrets.last()).expect("made").id;
    press(s, Action::CopySecret { app: id, secret });
    press(s, Action::Record { field: NoteField::OrgUrl, text: url });
    press(s, Action::ConfirmOrgUrl(true));
    7
}

/// The same, on an organisation.
#[allow(dead_code)]
pub fn org_with_client_app(org: &Org) -> Org {
    let mut s = Session::new(org.clone(), (), DynamicsAdmin);
    client_app_done(&mut s, 0);
    s.state().clone()
}
