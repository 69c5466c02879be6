//! `results list` filters (issue 7 rebuilt its WHERE clause from the filters given, so each
//! combination can use an index): every combination returns exactly the matching runs,
//! newest first, within `--limit`.

use serde_json::Value;

use crate::harness::World;

fn ids(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn results_list_filters_combine_and_list_newest_first() {
    let mut w = World::new();
    w.job("ok", "true");
    w.job("bad", "false");
    w.run(&["run", "ok"]).ok(); // 1
    w.run(&["run", "bad"]).code(1); // 2
    w.run(&["run", "ok"]).ok(); // 3
    let s = w.json(&[
        "schedule",
        "ok",
        "--interval",
        "hourly",
        "--name",
        "ok-hourly",
        "--start-time",
        "2030-01-01T00:30:00Z",
    ]);
    let schedule = s["id"].as_i64().unwrap().to_string();
    w.at("2030-01-01T00:31:00Z");
    w.run(&["run-due"]).ok(); // 4, of the schedule

    assert_eq!(ids(&w.json(&["results", "list"])), vec![4, 3, 2, 1]);
    assert_eq!(
        ids(&w.json(&["results", "list", "--job", "ok"])),
        vec![4, 3, 1]
    );
    assert_eq!(
        ids(&w.json(&["results", "list", "--status", "failure"])),
        vec![2]
    );
    assert_eq!(
        ids(&w.json(&["results", "list", "--status", "success", "--limit", "2"])),
        vec![4, 3]
    );
    assert_eq!(
        ids(&w.json(&["results", "list", "--schedule", &schedule])),
        vec![4]
    );
    assert_eq!(
        ids(&w.json(&["results", "list", "--job", "ok", "--status", "failure"])),
        Vec::<i64>::new()
    );
    assert_eq!(
        ids(&w.json(&["results", "list", "--job", "bad", "--schedule", &schedule])),
        Vec::<i64>::new()
    );
    assert_eq!(
        ids(&w.json(&[
            "results",
            "list",
            "--job",
            "ok",
            "--schedule",
            &schedule,
            "--status",
            "success"
        ])),
        vec![4]
    );
    assert_eq!(ids(&w.json(&["results", "list", "--limit", "1"])), vec![4]);
}

#[test]
fn results_hidden_from_the_actor_do_not_crowd_out_visible_ones() {
    let w = World::new();
    w.users(&["carol"]);
    w.run(&[
        "perms",
        "grant",
        "user:carol",
        "extras.view_jobresult",
        "--job",
        "mine-*",
    ])
    .ok();
    w.job("mine-a", "true");
    w.job("theirs", "true");
    for _ in 0..3 {
        w.run(&["run", "mine-a"]).ok();
    }
    for _ in 0..7 {
        w.run(&["run", "theirs"]).ok();
    }
    let got = w.json_as("carol", &["results", "list", "--limit", "2"]);
    let ids: Vec<i64> = got
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![3, 2], "the two newest results carol may see");
    let all = w.json_as("carol", &["results", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
}
