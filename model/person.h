#pragma once
// The person record: the standard cadre fields (domain.md §3) with work history, relatives,
// specialties and pool memberships. A plain value; the database assigns ids on save.

#include "model/assessment.h"
#include "model/attachment.h"
#include "model/date.h"
#include "model/ids.h"
#include "model/pledge.h"
#include "model/pool.h"
#include "model/rank.h"
#include "model/secondment.h"
#include "model/settings.h"
#include "model/training.h"
#include "model/vocabulary.h"

#include <optional>
#include <string>
#include <vector>

namespace xuncha::model {

enum class Gender { unspecified, male, female };

// GB/T 4762 政治面貌.
enum class PoliticalStatus {
    party_member,           // 中共党员
    probationary_member,    // 中共预备党员
    league_member,          // 共青团员
    revolutionary_committee,// 民革党员
    democratic_league,      // 民盟盟员
    national_construction,  // 民建会员
    promoting_democracy,    // 民进会员
    peasants_workers,       // 农工党党员
    zhi_gong,               // 致公党党员
    jiu_san,                // 九三学社社员
    taiwan_league,          // 台盟盟员
    non_party,              // 无党派人士
    masses,                 // 群众
};

enum class EducationLevel {
    none,
    doctorate,            // 博士研究生
    master,               // 硕士研究生
    bachelor,             // 大学本科
    college,              // 大学专科
    secondary_vocational, // 中专
    high_school,          // 高中
    junior_or_below,      // 初中及以下
};

enum class Degree { none, doctor, master, bachelor };

template <>
std::span<const Term<Gender>> terms<Gender>();
template <>
std::span<const Term<PoliticalStatus>> terms<PoliticalStatus>();
template <>
std::span<const Term<EducationLevel>> terms<EducationLevel>();
template <>
std::span<const Term<Degree>> terms<Degree>();

// 学历学位: one for full-time (全日制) and one for in-service (在职) education.
struct Education {
    EducationLevel level = EducationLevel::none;
    Degree degree = Degree::none;
    std::string school;
    std::string major;

    bool operator==(const Education&) const = default;
};

// One post held: 工作经历. The unit is a unit record when it is one, free text otherwise.
struct WorkHistoryEntry {
    WorkHistoryId id;
    std::optional<UnitId> unit_id;
    std::string unit_name;  // used when unit_id is empty
    std::string department;
    std::string post;
    std::optional<Date> start;
    std::optional<Date> end;  // empty: still held
    bool leadership_member = false;  // 领导班子成员
    bool principal_head = false;     // 主要负责人

    bool operator==(const WorkHistoryEntry&) const = default;
};

// 家庭主要成员及重要社会关系.
struct Relative {
    RelativeId id;
    std::string title;  // 称谓: see kinship.h
    std::string name;
    std::optional<Date> birth_date;
    std::optional<PoliticalStatus> political_status;
    std::optional<UnitId> employer_unit_id;
    std::string employer_name;  // used when employer_unit_id is empty
    std::string post;
    bool is_leader = false;  // a leadership member at the employer

    bool operator==(const Relative&) const = default;
};

struct Person {
    PersonId id;
    std::string name;
    Gender gender = Gender::unspecified;
    std::string ethnicity = "汉族";
    std::optional<Date> birth_date;
    std::string native_place;  // 籍贯
    std::string birth_place;   // 出生地/成长地
    PoliticalStatus political_status = PoliticalStatus::party_member;
    std::optional<Date> party_join_date;
    std::optional<Date> work_start_date;
    Education fulltime_education;
    Education inservice_education;
    std::string professional_title;  // 专业技术职务: "高级会计师"
    TitleLevel professional_title_level = TitleLevel::none;
    std::string expertise;           // 熟悉专业有何专长
    std::optional<UnitId> unit_id;   // 现工作单位
    std::string department;
    std::string post;                // 职务
    Rank rank = Rank::none;          // 职级
    bool holds_leadership_post = false;  // 是否领导职务
    std::string mobile;
    std::string id_number;  // 身份证号: sensitive, shown masked, never logged in full
    std::string health;
    std::string remark;
    bool reserve_cadre = false;        // 后备干部
    std::string frontline_experience;  // 一线工作经历: "2018-2021 驻禾丰村第一书记"
    std::optional<Attachment> photo;

    std::vector<SpecialtyId> specialties;
    std::vector<WorkHistoryEntry> work_history;
    std::vector<Relative> relatives;
    std::vector<PoolMembership> memberships;
    std::vector<TrainingAttendance> trainings;
    std::vector<Commendation> commendations;
    std::vector<AnnualAssessment> assessments;
    std::vector<IntegrityOpinion> integrity_opinions;
    std::vector<Pledge> pledges;
    std::vector<Secondment> secondments;
    std::vector<DeclinedSecondment> declined_secondments;

    // Derived from the name when saved (see pinyin.h), for search.
    std::string name_pinyin;    // syllables separated by spaces: "zhang san"
    std::string name_initials;  // "zs"

    bool operator==(const Person&) const = default;
};

// A membership as the person list shows it.
struct MembershipSummary {
    PoolId pool_id;
    MembershipStatus status = MembershipStatus::active;

    bool operator==(const MembershipSummary&) const = default;
};

// One row of the person list: what the list, its filters and its search need, nothing more.
struct PersonSummary {
    PersonId id;
    std::string name;
    std::string name_pinyin;
    std::string name_initials;
    Gender gender = Gender::unspecified;
    std::optional<Date> birth_date;
    PoliticalStatus political_status = PoliticalStatus::party_member;
    EducationLevel education = EducationLevel::none;  // the higher of full-time and in-service
    std::optional<UnitId> unit_id;
    std::string unit_name;
    std::string department;
    std::string post;
    Rank rank = Rank::none;
    std::string mobile;
    std::string ethnicity;
    std::string professional_title;
    bool reserve_cadre = false;
    int secondment_count = 0;  // 参加巡察次数
    int declined_count = 0;    // 拒绝次数, all time
    std::vector<SpecialtyId> specialties;
    std::vector<MembershipSummary> memberships;

    bool operator==(const PersonSummary&) const = default;
};

// Education levels ordered 0 (none) to 7 (博士研究生): 初中 < 高中 < 中专 < 专科 < 本科 < 硕士 < 博士.
int education_rank(EducationLevel level);

// 拒绝次数: declined secondments dated within `years` years before `today` (all of them when years is 0).
int declined_count(const Person& person, const Date& today, int years = 0);

// The better of two education levels.
EducationLevel higher_education(EducationLevel a, EducationLevel b);

}  // namespace xuncha::model
