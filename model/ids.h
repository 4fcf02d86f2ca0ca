#pragma once
// Strong id types: a database row id that cannot be mixed up with another table's.

#include <compare>
#include <cstddef>
#include <functional>

namespace xuncha::model {

template <class Tag>
class Id {
public:
    constexpr Id() = default;
    constexpr explicit Id(long long value) : m_value(value) {}

    constexpr long long value() const { return m_value; }
    // Rows not yet saved have id 0; the database assigns positive ids.
    constexpr bool is_saved() const { return m_value > 0; }

    constexpr auto operator<=>(const Id&) const = default;

private:
    long long m_value = 0;
};

using PersonId = Id<struct PersonTag>;
using UnitId = Id<struct UnitTag>;
using PoolId = Id<struct PoolTag>;
using SpecialtyId = Id<struct SpecialtyTag>;
using MembershipId = Id<struct MembershipTag>;
using WorkHistoryId = Id<struct WorkHistoryTag>;
using RelativeId = Id<struct RelativeTag>;
using MembershipStepId = Id<struct MembershipStepTag>;
using TrainingId = Id<struct TrainingTag>;
using TrainingAttendanceId = Id<struct TrainingAttendanceTag>;
using CommendationId = Id<struct CommendationTag>;
using AssessmentId = Id<struct AssessmentTag>;
using IntegrityOpinionId = Id<struct IntegrityOpinionTag>;
using PledgeId = Id<struct PledgeTag>;
using SecondmentId = Id<struct SecondmentTag>;
using DeclinedSecondmentId = Id<struct DeclinedSecondmentTag>;
using AttachmentId = Id<struct AttachmentTag>;
using UnitLeaderId = Id<struct UnitLeaderTag>;
using RoundId = Id<struct RoundTag>;
using GroupId = Id<struct GroupTag>;
using AvoidanceCaseId = Id<struct AvoidanceCaseTag>;

}  // namespace xuncha::model

template <class Tag>
struct std::hash<xuncha::model::Id<Tag>> {
    std::size_t operator()(const xuncha::model::Id<Tag>& id) const noexcept
    {
        return std::hash<long long>{}(id.value());
    }
};
