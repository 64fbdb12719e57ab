//! How long the engines take, as the widget uses them on every click: `apply` and `plan`
//! for the handoff with 10, 100 and 1,000 people, and the Dynamics readiness verdict.
//! Run with `cargo bench -p marketo-guides-domain` (or `make bench`).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use marketo_guides_domain::dynamics::{self, DynamicsAdmin, Org};
use marketo_guides_domain::engine::{Confirmation, Engine};
use marketo_guides_domain::sia::{plan, Action, Instance, PersonId, Role};
use marketo_guides_domain::version::Version;

/// A instance of `n` people: A connected, B an admin with access, everyone else with access.
fn instance(n: usize) -> (Instance, PersonId, PersonId) {
    let mut inst = Instance::new();
    let a = inst.add_person("Admin A", Role::Admin).expect("name");
    let b = inst.add_person("Admin B", Role::Admin).expect("name");
    let others: Vec<PersonId> =
        (2..n).map(|i| inst.add_person(&format!("User {i}"), Role::User).expect("name")).collect();
    let mut inst = inst.with_connection(a, 0).expect("connect");
    let grant = Action::GrantAccess { users: std::iter::once(b).chain(others).collect(), workspace: None };
    inst = inst.apply(&a, &grant, Confirmation::NotConfirmed, 3_600_000).expect("grant").state;
    (inst, a, b)
}

fn handoff(c: &mut Criterion) {
    let mut group = c.benchmark_group("handoff");
    for n in [10usize, 100, 1000] {
        let (inst, a, b) = instance(n);
        group.bench_with_input(BenchmarkId::new("apply_remove_access", n), &n, |bench, _| {
            bench.iter(|| {
                inst.apply(&a, &Action::RemoveAccess { user: b }, Confirmation::NotConfirmed, black_box(7_200_000))
            })
        });
        group.bench_with_input(BenchmarkId::new("check_connect_refused", n), &n, |bench, _| {
            bench.iter(|| inst.check(&b, black_box(&Action::Connect), 0))
        });
        group.bench_with_input(BenchmarkId::new("plan", n), &n, |bench, _| bench.iter(|| plan(black_box(&inst), a, b)));
    }
    group.finish();
}

fn dynamics_readiness(c: &mut Criterion) {
    let mut org = Org::new(Some(Version::new(4, 0, 0, 9)));
    for i in 0..100 {
        org.add_existing_user(&format!("CRM user {i}"), &format!("u{i}@example.com"), true).expect("user");
    }
    let create = dynamics::Action::CreateSyncUser { name: "Marketo Sync".into(), email: "sync@example.com".into() };
    let org = org.apply(&DynamicsAdmin, &create, Confirmation::NotConfirmed, 0).expect("create").state;
    c.bench_function("dynamics/readiness_100_users", |b| b.iter(|| dynamics::readiness(black_box(&org))));
    c.bench_function("dynamics/checklist_100_users", |b| b.iter(|| dynamics::checklist(black_box(&org), None)));
    c.bench_function("version/parse", |b| b.iter(|| Version::parse(black_box("4.0.0.14"))));
}

criterion_group!(benches, handoff, dynamics_readiness);
criterion_main!(benches);
