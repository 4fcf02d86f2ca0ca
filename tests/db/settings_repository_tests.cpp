#include "test_database.h"

#include "db/audit_repository.h"
#include "db/internal/database_impl.h"
#include "db/settings_repository.h"

using namespace xuncha;
using xuncha::test::TestDatabase;

TEST_CASE("settings never saved are the defaults", "[db][settings]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto settings = db::SettingsRepository(*database).load();
    CHECK(settings == model::OfficeSettings{});
    CHECK(settings.entry.leader_min_rank == model::Rank::section);
    CHECK(settings.review.stale_months == 12);
}

TEST_CASE("saved settings read back, also after reopening, with one audit row naming the changed keys",
          "[db][settings][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    model::OfficeSettings settings;
    settings.entry.leader_min_rank = model::Rank::deputy_division;
    settings.entry.expert_min_title = model::TitleLevel::associate_senior;
    settings.entry.max_age = 58;
    settings.entry.source = "示范县巡察人才库管理办法（示巡办发〔2023〕1号）第六条";
    settings.review.declined_threshold = 3;
    settings.review.require_integrity_opinion = false;
    settings.review.jurisdiction = "示范县";
    {
        db::Transaction tx(*database);
        db::SettingsRepository(*database).save(tx, settings);
        tx.commit();
    }
    database.reopen();
    CHECK(db::SettingsRepository(*database).load() == settings);

    const auto entries = db::AuditRepository(*database).list({"settings", std::nullopt, 0, true});
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == model::AuditAction::update);
    CHECK(entries[0].entity_label == "规则设置");
    CHECK(entries[0].changes ==
          std::vector<model::FieldChange>{
              {"entry.leader_min_rank", "正科级", "副处级"},
              {"entry.expert_min_title", "中级", "副高级"},
              {"entry.max_age", "", "58"},
              {"entry.source", "", "示范县巡察人才库管理办法（示巡办发〔2023〕1号）第六条"},
              {"review.declined_threshold", "2", "3"},
              {"review.require_integrity_opinion", "是", "否"},
              {"review.jurisdiction", "", "示范县"},
          });

    // A second save lists only what it changed; back to "none" is an empty value.
    settings.entry.max_age.reset();
    settings.review.stale_months = 24;
    {
        db::Transaction tx(*database);
        db::SettingsRepository(*database).save(tx, settings);
        tx.commit();
    }
    CHECK(db::SettingsRepository(*database).load() == settings);
    const auto latest = db::AuditRepository(*database).list({"settings", std::nullopt, 1, true});
    REQUIRE(latest.size() == 1);
    CHECK(latest[0].changes == std::vector<model::FieldChange>{{"entry.max_age", "58", ""},
                                                               {"review.stale_months", "12", "24"}});
}

TEST_CASE("saving unchanged settings writes nothing", "[db][settings][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::Transaction tx(*database);
    db::SettingsRepository(*database).save(tx, model::OfficeSettings{});
    tx.commit();
    CHECK(db::AuditRepository(*database).count() == 0);
    CHECK(test::count_rows(*database, "setting") == 0);
}

TEST_CASE("a stored setting this program cannot read is reported by its key", "[db][settings]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::internal::session_of(*database) << "INSERT INTO setting (key, value) VALUES ('review.stale_months', '\"soon\"')";
    try {
        db::SettingsRepository(*database).load();
        FAIL("an unreadable setting was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::query);
        CHECK_THAT(error.detail(), Catch::Contains("review.stale_months"));
    }
}

TEST_CASE("other keys in the setting table are left alone", "[db][settings]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    db::internal::session_of(*database) << "INSERT INTO setting (key, value) VALUES ('composer.seed', '42')";
    CHECK(db::SettingsRepository(*database).load() == model::OfficeSettings{});
    model::OfficeSettings settings;
    settings.review.stale_months = 6;
    db::Transaction tx(*database);
    db::SettingsRepository(*database).save(tx, settings);
    tx.commit();
    std::string value;
    db::internal::session_of(*database) << "SELECT value FROM setting WHERE key = 'composer.seed'", soci::into(value);
    CHECK(value == "42");
}

TEST_CASE("avoidance rules are stored key by key and read back as saved, with the changed keys audited",
          "[db][settings][avoidance][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend, true);
    using model::AvoidanceRuleCode;
    model::OfficeSettings settings;
    settings.avoidance.rule(AvoidanceRuleCode::past_employment).look_back_years = 5;
    settings.avoidance.rule(AvoidanceRuleCode::relative_employee).kinship_classes = {model::KinshipClass::spouse,
                                                                                     model::KinshipClass::in_law};
    settings.avoidance.rule(AvoidanceRuleCode::home_town).enabled = false;
    settings.avoidance.rule(AvoidanceRuleCode::former_leader).severity = model::Severity::soft;
    settings.avoidance.rule(AvoidanceRuleCode::own_unit).source = "示范县巡察工作办法第十二条";
    {
        db::Transaction tx(*database);
        db::SettingsRepository(*database).save(tx, settings);
        tx.commit();
    }
    database.reopen();
    CHECK(db::SettingsRepository(*database).load() == settings);

    std::string value;
    auto& session = db::internal::session_of(*database);
    session << "SELECT value FROM setting WHERE key = 'avoidance.past_employment.look_back_years'", soci::into(value);
    CHECK(value == "5");
    session << "SELECT value FROM setting WHERE key = 'avoidance.relative_employee.kinship_classes'", soci::into(value);
    CHECK(value == R"(["spouse","in_law"])");
    session << "SELECT value FROM setting WHERE key = 'avoidance.home_town.enabled'", soci::into(value);
    CHECK(value == "false");

    const auto latest = db::AuditRepository(*database).list({"settings", std::nullopt, 1, true});
    REQUIRE(latest.size() == 1);
    const auto default_kinship = [] {
        const auto defaults = model::default_avoidance_rules();
        std::string text;
        for (const auto k : defaults.rule(AvoidanceRuleCode::relative_employee).kinship_classes)
            text += (text.empty() ? "" : "、") + std::string(model::zh_name(k));
        return text;
    }();
    CHECK(latest[0].changes ==
          std::vector<model::FieldChange>{
              {"avoidance.own_unit.source",
               model::default_avoidance_rules().rule(AvoidanceRuleCode::own_unit).source, "示范县巡察工作办法第十二条"},
              {"avoidance.past_employment.look_back_years", "3", "5"},
              {"avoidance.former_leader.severity", "硬性回避", "提示"},
              {"avoidance.relative_employee.kinship_classes", default_kinship,
               std::string(model::zh_name(model::KinshipClass::spouse)) + "、" +
                   std::string(model::zh_name(model::KinshipClass::in_law))},
              {"avoidance.home_town.enabled", "是", "否"},
          });
}

TEST_CASE("an avoidance rule stored out of range takes its default; one of the wrong type is reported by key",
          "[db][settings][avoidance]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    auto& session = db::internal::session_of(*database);
    session << "INSERT INTO setting (key, value) VALUES ('avoidance.past_employment.look_back_years', '999')";
    session << "INSERT INTO setting (key, value) VALUES ('avoidance.past_employment.enabled', 'false')";
    session << "INSERT INTO setting (key, value) VALUES ('avoidance.home_town.enabled', 'false')";
    const auto loaded = db::SettingsRepository(*database).load();
    // The broken rule as a whole takes its default; the other stored one is kept.
    CHECK(loaded.avoidance.rule(model::AvoidanceRuleCode::past_employment) ==
          model::default_avoidance_rules().rule(model::AvoidanceRuleCode::past_employment));
    CHECK_FALSE(loaded.avoidance.rule(model::AvoidanceRuleCode::home_town).enabled);
    CHECK(model::well_formed(loaded.avoidance));

    session << "UPDATE setting SET value = '\"three\"' WHERE key = 'avoidance.past_employment.look_back_years'";
    try {
        db::SettingsRepository(*database).load();
        FAIL("an unreadable avoidance setting was accepted");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::query);
        CHECK_THAT(error.detail(), Catch::Contains("avoidance.past_employment.look_back_years"));
    }
}

TEST_CASE("avoidance rules given incomplete are saved with the missing rules at their defaults",
          "[db][settings][avoidance]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    model::OfficeSettings settings;
    auto only = settings.avoidance.rule(model::AvoidanceRuleCode::earlier_round);
    only.enabled = false;
    settings.avoidance.rules = {only};
    {
        db::Transaction tx(*database);
        db::SettingsRepository(*database).save(tx, settings);
        tx.commit();
    }
    const auto loaded = db::SettingsRepository(*database).load();
    CHECK(model::well_formed(loaded.avoidance));
    CHECK_FALSE(loaded.avoidance.rule(model::AvoidanceRuleCode::earlier_round).enabled);
    CHECK(loaded.avoidance.rule(model::AvoidanceRuleCode::own_unit) ==
          model::default_avoidance_rules().rule(model::AvoidanceRuleCode::own_unit));
}
