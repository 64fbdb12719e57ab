//! The simulated portals of the server-to-server practice: the Microsoft Entra admin center
//! and the Power Platform admin center. Each button asks the practice session first.

use domain::dynamics::{Action, DynSession, UserKind};
use domain::engine::Allowed;
use domain::s2s::{self, AppId, AppTab, NoteField, Page};
use leptos::prelude::*;

use super::super::fields::{yes_no_slug, RadioGroup, TextField};
use super::super::frame::{ActionButton, Explained, Verdict};
use super::super::oauth::tx;
use super::super::{now_ms, share, Ui};
use crate::i18n::{Catalog, S2sLabel};

/// What the practice's portals need: the session, what the rules say about an action, and
/// the one way to act.
#[derive(Clone, Copy)]
pub struct Console {
    pub ui: Ui,
    pub session: Memo<DynSession>,
    /// Presses a button; `true` when the action happened.
    pub perform: Callback<Action, bool>,
    pub explain: fn(&'static Catalog, &domain::dynamics::Refusal, domain::s2s::Connection) -> Explained,
}

impl Console {
    /// What the rules say about an action now (tracks the session).
    pub fn judge(&self, action: &Action) -> Verdict {
        let t = self.ui.t();
        self.session.with(|p| match p.check(action, now_ms()) {
            Ok(Allowed::Safe) => Verdict::Allowed,
            Ok(Allowed::Hazardous(h)) => match h {},
            Err(r) => Verdict::Refused((self.explain)(t, &r, p.state().connection())),
        })
    }

    /// A button for a fixed action.
    pub fn button(self, id: &str, label: S2sLabel, action: Action) -> impl IntoView {
        let a = action.clone();
        view! {
            <ActionButton
                ui=self.ui
                id=id.to_string()
                label=Signal::derive(move || tx(self.ui, label).to_string())
                verdict=Signal::derive(move || self.judge(&a))
                on_press=Callback::new(move |_| {
                    self.perform.run(action.clone());
                })
            />
        }
    }

    fn page(&self) -> Option<Page> {
        self.session.with(|p| p.state().tenant().map(|t| t.page))
    }
}

/// The simulated Microsoft Entra admin center: app registrations, a new registration, and
/// an app's Overview, Certificates & secrets and API permissions.
#[component]
pub fn EntraConsole(c: Console) -> impl IntoView {
    let ui = c.ui;
    let page = Memo::new(move |_| c.page().unwrap_or_default());
    let nav = move |p: Page, label: S2sLabel, id: &'static str| {
        view! {
            <button
                type="button"
                class="mg-tab"
                id=ui.id(id)
                aria-current=move || (page.get() == p).then_some("page")
                on:click=move |_| {
                    if page.get_untracked() != p {
                        c.perform.run(Action::Open(p));
                    }
                }
            >
                {move || tx(ui, label)}
            </button>
        }
    };
    view! {
        <div class="mg-panel mg-console" role="region" aria-label=move || tx(ui, |s| s.entra_console)>
            <h3 class="mg-panel-title">{move || tx(ui, |s| s.entra_console)}</h3>
            <p class="mg-hint">{move || tx(ui, |s| s.entra_hint)}</p>
            <nav class="mg-tabs" aria-label=move || tx(ui, |s| s.entra_console)>
                {nav(Page::AppRegistrations, |s| s.app_registrations, "nav-apps")}
                {nav(Page::NewRegistration, |s| s.new_registration, "nav-new")}
            </nav>
            {move || match page.get() {
                Page::AppRegistrations => view! { <AppList c /> }.into_any(),
                Page::NewRegistration => view! { <NewRegistration c /> }.into_any(),
                Page::App { app, tab } => view! { <AppPage c app tab /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn AppList(c: Console) -> impl IntoView {
    let ui = c.ui;
    let apps = Memo::new(move |_| {
        c.session.with(|p| {
            p.state()
                .tenant()
                .map(|t| {
                    t.apps
                        .iter()
                        .map(|a| (a.id, a.name.clone(), a.single_tenant, a.client_id.to_string()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <h4 class="mg-subtitle">{move || tx(ui, |s| s.app_registrations)}</h4>
        <Show when=move || apps.with(Vec::is_empty)>
            <p class="mg-hint">{move || tx(ui, |s| s.no_apps)}</p>
        </Show>
        <ul class="mg-apps">
            {move || {
                apps.get()
                    .into_iter()
                    .map(|(id, name, single, client)| {
                        let kind: S2sLabel = if single { |s| s.account_type_single } else { |s| s.account_type_multi };
                        view! {
                            <li>
                                <strong>{name.clone()}</strong>
                                <br />
                                <small class="mg-muted">{move || tx(ui, kind)}</small>
                                <br />
                                <code class="mg-value">{client}</code>
                                " "
                                {c.button(&format!("open-app-{}", id.0), |s| s.open, Action::Open(Page::App { app: id, tab: AppTab::Overview }))}
                                <span class="mg-sr">{name}</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

#[component]
fn NewRegistration(c: Console) -> impl IntoView {
    let ui = c.ui;
    let name = RwSignal::new(String::new());
    let single = RwSignal::new(true);
    let make = move || Action::RegisterApp { name: name.get(), single_tenant: single.get() };
    view! {
        <h4 class="mg-subtitle">{move || tx(ui, |s| s.new_registration)}</h4>
        <TextField
            ui
            id="app-name"
            label=Signal::derive(move || tx(ui, |s| s.app_name).to_string())
            value=name
            on_input=Callback::new(move |v| {
                name.set(v);
                Ok(())
            })
            maxlength=domain::dynamics::MAX_TEXT_CHARS
            placeholder="Marketo Integration".to_string()
        />
        <RadioGroup
            ui
            name="account-types"
            legend=Signal::derive(move || tx(ui, |s| s.account_types).to_string())
            options=vec![true, false]
            label=|t, single| if single { t.dy.s2s.single_tenant } else { t.dy.s2s.multi_tenant }.to_string()
            slug=yes_no_slug
            value=single
            on_choose=Callback::new(move |v| single.set(v))
        />
        <ActionButton
            ui
            id="register".into()
            label=Signal::derive(move || tx(ui, |s| s.register).to_string())
            verdict=Signal::derive(move || c.judge(&make()))
            on_press=Callback::new(move |_| {
                if c.perform.run(Action::RegisterApp { name: name.get_untracked(), single_tenant: single.get_untracked() }) {
                    name.set(String::new());
                }
            })
        />
    }
}

#[component]
fn AppPage(c: Console, app: AppId, tab: AppTab) -> impl IntoView {
    let ui = c.ui;
    let info = Memo::new(move |_| {
        c.session.with(|p| p.state().tenant().and_then(|t| t.app(app).cloned().map(|a| (a, t.tenant_id.to_string()))))
    });
    let tab_button = move |to: AppTab, label: S2sLabel| {
        let p = Page::App { app, tab: to };
        view! {
            <button
                type="button"
                class="mg-tab"
                aria-current=(to == tab).then_some("page")
                on:click=move |_| {
                    if to != tab {
                        c.perform.run(Action::Open(p));
                    }
                }
            >
                {move || tx(ui, label)}
            </button>
        }
    };
    let body = move || {
        match tab {
        AppTab::Overview => view! { <Overview c app info /> }.into_any(),
        AppTab::CertificatesSecrets => view! { <Secrets c app /> }.into_any(),
        AppTab::ApiPermissions => view! {
            <h4 class="mg-subtitle">{move || tx(ui, |s| s.api_permissions)}</h4>
            <p>{move || if info.with(|i| i.as_ref().is_some_and(|(a, _)| a.consent)) { tx(ui, |s| s.consent_granted) } else { tx(ui, |s| s.consent_not_granted) }}</p>
            {c.button("consent", |s| s.grant_admin_consent, Action::GrantConsent { app })}
        }
        .into_any(),
    }
    };
    view! {
        <h4 class="mg-app-name">{move || info.with(|i| i.as_ref().map(|(a, _)| a.name.clone()))}</h4>
        <nav class="mg-tabs" aria-label=move || info.with(|i| i.as_ref().map(|(a, _)| a.name.clone()).unwrap_or_default())>
            {tab_button(AppTab::Overview, |s| s.overview)}
            {tab_button(AppTab::CertificatesSecrets, |s| s.certificates_secrets)}
            {tab_button(AppTab::ApiPermissions, |s| s.api_permissions)}
        </nav>
        {body}
    }
}

#[component]
fn Overview(c: Console, app: AppId, info: Memo<Option<(s2s::App, String)>>) -> impl IntoView {
    let ui = c.ui;
    let t = move || ui.t();
    let get = move |f: fn(&(s2s::App, String)) -> String| move || info.with(|i| i.as_ref().map(f).unwrap_or_default());
    let single = move || info.with(|i| i.as_ref().is_some_and(|(a, _)| a.single_tenant));
    view! {
        <h4 class="mg-subtitle">{move || tx(ui, |s| s.overview)}</h4>
        <dl class="mg-values">
            <dt>{move || (t().dy.s2s_field)(NoteField::ClientId)}</dt>
            <dd><code class="mg-value" data-value="client-id">{get(|(a, _)| a.client_id.to_string())}</code></dd>
            <dt>{move || (t().dy.s2s_field)(NoteField::TenantId)}</dt>
            <dd><code class="mg-value" data-value="tenant-id">{get(|(_, tenant)| tenant.clone())}</code></dd>
            <dt>{move || tx(ui, |s| s.account_types)}</dt>
            <dd>{move || if single() { tx(ui, |s| s.single_tenant) } else { tx(ui, |s| s.multi_tenant) }}</dd>
        </dl>
        <Show when=move || !single()>
            {c.button("single-tenant", |s| s.make_single_tenant, Action::MakeSingleTenant { app })}
        </Show>
    }
}

#[component]
fn Secrets(c: Console, app: AppId) -> impl IntoView {
    let ui = c.ui;
    let description = RwSignal::new(String::new());
    let expires = RwSignal::new(s2s::SecretLifetime::default());
    // As in Entra: "New client secret" opens the panel with Description and Expires, then Add.
    let adding = RwSignal::new(false);
    let expires_id = ui.id("secret-expires");
    let secrets = Memo::new(move |_| {
        c.session.with(|p| {
            p.state()
                .tenant()
                .and_then(|t| t.app(app))
                .map(|a| {
                    a.secrets
                        .iter()
                        .map(|s| {
                            (s.clone(), s.visible.then(|| s2s::practice_secret_value(&a.client_id, s.id, s.created_at)))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <h4 class="mg-subtitle">{move || tx(ui, |s| s.certificates_secrets)}</h4>
        <button
            type="button"
            class="mg-btn"
            id=ui.id("new-secret")
            aria-expanded=move || adding.get().to_string()
            hidden=move || adding.get()
            on:click=move |_| adding.set(true)
        >
            {move || tx(ui, |s| s.new_client_secret)}
        </button>
        <fieldset class="mg-group" hidden=move || !adding.get()>
            <legend>{move || tx(ui, |s| s.new_client_secret)}</legend>
            // A description is the reader's own text: a pasted secret is refused like anywhere else.
            <TextField
                ui
                id="secret-description"
                label=Signal::derive(move || tx(ui, |s| s.description).to_string())
                value=description
                on_input=Callback::new(move |v| {
                    description.set(v);
                    Ok(())
                })
                maxlength=domain::dynamics::MAX_TEXT_CHARS
                placeholder="Marketo".to_string()
            />
            <div class="mg-field">
                <label for=expires_id.clone()>{move || tx(ui, |s| s.expires)}</label>
                <select
                    id=expires_id
                    class="mg-select"
                    on:change=move |ev| {
                        if let Some(l) = s2s::SecretLifetime::from_slug(&event_target_value(&ev)) {
                            expires.set(l);
                        }
                    }
                >
                    {s2s::SecretLifetime::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.slug() prop:selected=move || expires.get() == l>
                                    {move || (ui.t().dy.s2s_lifetime)(l)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <ActionButton
                ui
                id="add-secret".into()
                label=Signal::derive(move || tx(ui, |s| s.add).to_string())
                verdict=Signal::derive(move || {
                    c.judge(&Action::NewClientSecret {
                        app,
                        description: description.get(),
                        expires: expires.get(),
                        offset: Default::default(),
                    })
                })
                on_press=Callback::new(move |_| {
                    // The expiry is a day of the reader's calendar: their offset at that moment.
                    let lifetime = expires.get_untracked();
                    let action = Action::NewClientSecret {
                        app,
                        description: description.get_untracked(),
                        expires: lifetime,
                        offset: super::super::utc_offset_at(lifetime.ends(super::super::now_ms())),
                    };
                    if c.perform.run(action) {
                        description.set(String::new());
                        expires.set(s2s::SecretLifetime::default());
                        adding.set(false);
                    }
                })
            />
            " "
            <button type="button" class="mg-btn mg-btn-quiet" on:click=move |_| adding.set(false)>
                {move || ui.t().cancel}
            </button>
        </fieldset>
        <Show when=move || secrets.with(Vec::is_empty)>
            <p class="mg-hint">{move || tx(ui, |s| s.no_secrets)}</p>
        </Show>
        <ul class="mg-secrets">
            {move || {
                secrets
                    .get()
                    .into_iter()
                    .map(|(secret, value)| {
                        let t = ui.t();
                        let id = secret.id;
                        let state: Option<S2sLabel> = if value.is_some() {
                            None
                        } else if secret.copied {
                            Some(|s| s.secret_copied)
                        } else {
                            Some(|s| s.secret_lost)
                        };
                        let copy_value = value.clone();
                        view! {
                            <li data-secret=id.to_string()>
                                <strong>{if secret.description.is_empty() { "—".to_string() } else { secret.description.clone() }}</strong>
                                " · "
                                <span>{(t.dy.s2s_expires_on)(&secret.expires_on().to_string())}</span>
                                <br />
                                {match value {
                                    Some(v) => view! {
                                        <p class="mg-callout mg-callout-warn">{tx(ui, |s| s.secret_shown_once_hint)}</p>
                                        <span>{tx(ui, |s| s.secret_value)} ": "</span>
                                        <code class="mg-value mg-secret-value">{v}</code>
                                        " "
                                        <small class="mg-muted">"(" {tx(ui, |s| s.practice_value)} ")"</small>
                                        " "
                                        <ActionButton
                                            ui
                                            id=format!("copy-secret-{id}")
                                            label=Signal::derive(move || tx(ui, |s| s.copy_value).to_string())
                                            verdict=Signal::derive(move || c.judge(&Action::CopySecret { app, secret: id }))
                                            on_press=Callback::new(move |_| {
                                                if c.perform.run(Action::CopySecret { app, secret: id }) {
                                                    if let Some(v) = copy_value.clone() {
                                                        leptos::task::spawn_local(async move {
                                                            let _ = share::copy_text(&v).await;
                                                        });
                                                    }
                                                }
                                            })
                                        />
                                    }
                                    .into_any(),
                                    None => view! {
                                        <span>{tx(ui, |s| s.secret_value)} ": "</span>
                                        <code class="mg-value">"••••••••"</code>
                                        " "
                                        <span class="mg-muted">{tx(ui, |s| s.secret_hidden)}</span>
                                        " · "
                                        <strong>{state.map(|s| tx(ui, s))}</strong>
                                    }
                                    .into_any(),
                                }}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// The simulated Power Platform admin center: the environment's application users, a new
/// app user for a registered app, and each one's security roles.
#[component]
pub fn PpacConsole(c: Console) -> impl IntoView {
    let ui = c.ui;
    let t = move || ui.t();
    let chosen = RwSignal::new(None::<AppId>);
    let app_select = ui.id("app-user-app");
    // C12: the New app user panel asks for the business unit too.
    let unit = RwSignal::new(false);
    let unit_select = ui.id("app-user-unit");
    let apps = Memo::new(move |_| {
        c.session.with(|p| {
            p.state()
                .tenant()
                .map(|t| t.apps.iter().map(|a| (a.id, a.name.clone())).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let app_users = Memo::new(move |_| {
        c.session.with(|p| {
            p.state()
                .users()
                .iter()
                .filter(|u| u.kind == UserKind::ApplicationUser)
                .map(|u| (u.id, u.name.clone(), u.email.clone()))
                .collect::<Vec<_>>()
        })
    });
    let org_url = move || c.session.with(|p| p.state().tenant().map(|t| t.org_url.to_string()).unwrap_or_default());
    view! {
        <div class="mg-panel mg-console" role="region" aria-label=move || tx(ui, |s| s.ppac_console)>
            <h3 class="mg-panel-title">{move || tx(ui, |s| s.ppac_console)}</h3>
            <p class="mg-hint">{move || tx(ui, |s| s.ppac_hint)}</p>
            <p>
                {move || tx(ui, |s| s.environment)}
                <br />
                {move || (t().dy.s2s_field)(NoteField::OrgUrl)}
                ": "
                <code class="mg-value" data-value="org-url">{org_url}</code>
            </p>
            <h4 class="mg-subtitle">{move || tx(ui, |s| s.application_users)}</h4>
            <Show when=move || app_users.with(Vec::is_empty)>
                <p class="mg-hint">{move || tx(ui, |s| s.no_app_users)}</p>
            </Show>
            <ul class="mg-apps">
                <For each=move || app_users.get() key=|u| u.0 let:u>
                    {
                        let (id, name, email) = u;
                        let has = Memo::new(move |_| c.session.with(|p| p.state().user(id).is_some_and(|u| u.has_sync_role)));
                        view! {
                            <li>
                                <strong>{name.clone()}</strong>
                                <br />
                                <span>{move || tx(ui, |s| s.email_column)} ": "</span>
                                <code class="mg-value" data-value="app-user-email">{email}</code>
                                <br />
                                <span>{move || tx(ui, |s| s.security_roles)} ": "</span>
                                <span>{move || if has.get() { tx(ui, |s| s.marketo_sync_user).to_string() } else { "—".to_string() }}</span>
                                " "
                                <ActionButton
                                    ui
                                    id=format!("app-role-{}", id.0)
                                    label=Signal::derive(move || if has.get() { t().dy.dyn_remove_role } else { t().dy.dyn_assign_role }.to_string())
                                    for_whom=Signal::derive(move || format!("{} — {}", tx(ui, |s| s.marketo_sync_user), name))
                                    verdict=Signal::derive(move || c.judge(&c.session.with(|p| p.state().role_action(id))))
                                    on_press=Callback::new(move |_| {
                                        c.perform.run(c.session.with_untracked(|p| p.state().role_action(id)));
                                    })
                                />
                            </li>
                        }
                    }
                </For>
            </ul>
            <fieldset class="mg-group">
                <legend>{move || tx(ui, |s| s.new_app_user)}</legend>
                <div class="mg-field">
                    <label for=app_select.clone()>{move || tx(ui, |s| s.app_label)}</label>
                    <select id=app_select class="mg-select" on:change=move |ev| chosen.set(event_target_value(&ev).parse::<u32>().ok().map(AppId))>
                        <option value="" prop:selected=move || chosen.get().is_none()>{move || t().dy.dyn_none_chosen}</option>
                        {move || {
                            apps.get()
                                .into_iter()
                                .map(|(id, name)| view! { <option value=id.0.to_string() prop:selected=move || chosen.get() == Some(id)>{name}</option> })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="mg-field">
                    <label for=unit_select.clone()>{move || tx(ui, |s| s.business_unit)}</label>
                    <select id=unit_select class="mg-select" on:change=move |ev| unit.set(!event_target_value(&ev).is_empty())>
                        <option value="" prop:selected=move || !unit.get()>{move || tx(ui, |s| s.choose_business_unit)}</option>
                        <option value="root" prop:selected=move || unit.get()>{move || tx(ui, |s| s.root_business_unit)}</option>
                    </select>
                </div>
                <ActionButton
                    ui
                    id="create-app-user".into()
                    label=Signal::derive(move || tx(ui, |s| s.create).to_string())
                    verdict=Signal::derive(move || {
                        c.judge(&Action::CreateAppUser { app: chosen.get(), business_unit: unit.get() })
                    })
                    on_press=Callback::new(move |_| {
                        let action = Action::CreateAppUser { app: chosen.get_untracked(), business_unit: unit.get_untracked() };
                        if c.perform.run(action) {
                            unit.set(false);
                        }
                    })
                />
            </fieldset>
        </div>
    }
}
