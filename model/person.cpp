#include "model/person.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<Gender>, 3> gender_terms{{
    {Gender::unspecified, "unspecified", "", "—"},
    {Gender::male, "male", "男", "Male"},
    {Gender::female, "female", "女", "Female"},
}};

constexpr std::array<Term<PoliticalStatus>, 13> political_status_terms{{
    {PoliticalStatus::party_member, "party_member", "中共党员", "CPC member"},
    {PoliticalStatus::probationary_member, "probationary_member", "中共预备党员", "CPC probationary member"},
    {PoliticalStatus::league_member, "league_member", "共青团员", "Youth League member"},
    {PoliticalStatus::revolutionary_committee, "revolutionary_committee", "民革党员", "RCCK member"},
    {PoliticalStatus::democratic_league, "democratic_league", "民盟盟员", "CDL member"},
    {PoliticalStatus::national_construction, "national_construction", "民建会员", "CNDCA member"},
    {PoliticalStatus::promoting_democracy, "promoting_democracy", "民进会员", "CAPD member"},
    {PoliticalStatus::peasants_workers, "peasants_workers", "农工党党员", "CPWDP member"},
    {PoliticalStatus::zhi_gong, "zhi_gong", "致公党党员", "CZGP member"},
    {PoliticalStatus::jiu_san, "jiu_san", "九三学社社员", "Jiusan Society member"},
    {PoliticalStatus::taiwan_league, "taiwan_league", "台盟盟员", "TDSGL member"},
    {PoliticalStatus::non_party, "non_party", "无党派人士", "Non-party"},
    {PoliticalStatus::masses, "masses", "群众", "Non-affiliated"},
}};

constexpr std::array<Term<EducationLevel>, 8> education_terms{{
    {EducationLevel::none, "none", "", "—"},
    {EducationLevel::doctorate, "doctorate", "博士研究生", "Doctoral"},
    {EducationLevel::master, "master", "硕士研究生", "Master's"},
    {EducationLevel::bachelor, "bachelor", "大学本科", "Undergraduate"},
    {EducationLevel::college, "college", "大学专科", "Junior college"},
    {EducationLevel::secondary_vocational, "secondary_vocational", "中专", "Secondary vocational"},
    {EducationLevel::high_school, "high_school", "高中", "Senior high school"},
    {EducationLevel::junior_or_below, "junior_or_below", "初中及以下", "Junior high or below"},
}};

constexpr std::array<Term<Degree>, 4> degree_terms{{
    {Degree::none, "none", "", "—"},
    {Degree::doctor, "doctor", "博士", "Doctorate"},
    {Degree::master, "master", "硕士", "Master"},
    {Degree::bachelor, "bachelor", "学士", "Bachelor"},
}};

}  // namespace

template <>
std::span<const Term<Gender>> terms<Gender>()
{
    return gender_terms;
}
template <>
std::span<const Term<PoliticalStatus>> terms<PoliticalStatus>()
{
    return political_status_terms;
}
template <>
std::span<const Term<EducationLevel>> terms<EducationLevel>()
{
    return education_terms;
}
template <>
std::span<const Term<Degree>> terms<Degree>()
{
    return degree_terms;
}

int education_rank(EducationLevel level)
{
    switch (level) {
    case EducationLevel::none: return 0;
    case EducationLevel::junior_or_below: return 1;
    case EducationLevel::high_school: return 2;
    case EducationLevel::secondary_vocational: return 3;
    case EducationLevel::college: return 4;
    case EducationLevel::bachelor: return 5;
    case EducationLevel::master: return 6;
    case EducationLevel::doctorate: return 7;
    }
    return 0;
}

int declined_count(const Person& person, const Date& today, int years)
{
    const Date cutoff = years > 0 ? add_years(today, -years) : Date(1900, 1, 1);
    int count = 0;
    for (const auto& declined : person.declined_secondments)
        if (years == 0 || (declined.date && *declined.date >= cutoff && *declined.date <= today)) ++count;
    return count;
}

EducationLevel higher_education(EducationLevel a, EducationLevel b)
{
    return education_rank(a) >= education_rank(b) ? a : b;
}

}  // namespace xuncha::model
