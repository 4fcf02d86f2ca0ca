#include "model/pool.h"

#include <array>

namespace xuncha::model {
namespace {

constexpr std::array<Term<PoolKind>, 6> pool_kind_terms{{
    {PoolKind::leader, "leader", "巡察组组长库", "Team-leader pool"},
    {PoolKind::talent, "talent", "巡察人才库", "Talent pool"},
    {PoolKind::expert, "expert", "专家库", "Expert pool"},
    {PoolKind::special_inspector, "special_inspector", "特约巡察员库", "Special inspector pool"},
    {PoolKind::village, "village", "巡村人才库", "Village inspection pool"},
    {PoolKind::custom, "custom", "自定义库", "Custom pool"},
}};

constexpr std::array<Term<MembershipStatus>, 7> membership_status_terms{{
    {MembershipStatus::recommended, "recommended", "推荐/自荐", "Recommended"},
    {MembershipStatus::qualification_review, "qualification_review", "资格审查", "Qualification review"},
    {MembershipStatus::vetting, "vetting", "考察/政审", "Vetting"},
    {MembershipStatus::approved, "approved", "审定", "Approved"},
    {MembershipStatus::active, "active", "在库", "In pool"},
    {MembershipStatus::suspended, "suspended", "暂停", "Suspended"},
    {MembershipStatus::exited, "exited", "出库", "Exited"},
}};

constexpr std::array<Term<EntryMethod>, 4> entry_method_terms{{
    {EntryMethod::unspecified, "unspecified", "", "—"},
    {EntryMethod::recommended, "recommended", "组织推荐", "Recommended by the organisation"},
    {EntryMethod::self, "self", "个人自荐", "Self-nominated"},
    {EntryMethod::assigned, "assigned", "组织选派", "Assigned"},
}};

}  // namespace

template <>
std::span<const Term<EntryMethod>> terms<EntryMethod>()
{
    return entry_method_terms;
}

template <>
std::span<const Term<PoolKind>> terms<PoolKind>()
{
    return pool_kind_terms;
}

template <>
std::span<const Term<MembershipStatus>> terms<MembershipStatus>()
{
    return membership_status_terms;
}

std::vector<Pool> default_pools()
{
    return {
        Pool{PoolId{}, "组长库", PoolKind::leader, "巡察组组长库：科级以上领导干部，每轮授权担任组长", 1},
        Pool{PoolId{}, "人才库", PoolKind::talent, "巡察人才库：按轮次抽调的巡察干部", 2},
        Pool{PoolId{}, "专家库", PoolKind::expert, "财务、审计、工程招投标、投融资等专业人员", 3},
    };
}

std::vector<std::string_view> standard_exit_reasons()
{
    return {"岗位变动", "身体原因", "单位工作繁重", "违反纪律", "不胜任", "调出本地", "退休", "其他"};
}

}  // namespace xuncha::model
