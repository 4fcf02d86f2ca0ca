// Writes the demo county, 青禾县 (fictitious), as an exchange document: assets/demo/county.json.
//
//   xuncha-demo-gen OUTPUT [--compare COMMITTED]
//
// Deterministic: a fixed seed and our own PRNG (splitmix64) with integer arithmetic only, never
// std::*_distribution, whose output differs between standard libraries. With --compare it also checks
// that OUTPUT equals the committed file byte for byte (the test demo_data_is_current).
//
// The people carry work histories and relatives that create real avoidance cases against demo units
// (posts held there within three years, leadership posts, spouses and parents working or leading there),
// because the avoidance engine and its demo need them.

#include "app/exchange/dataset.h"
#include "app/exchange/demo_records.h"
#include "app/exchange/demo_rounds.h"
#include "app/exchange/demo_rng.h"
#include "app/exchange/document_reader.h"
#include "app/exchange/document_writer.h"
#include "model/assessment.h"
#include "model/date.h"
#include "model/id_number.h"
#include "model/kinship.h"
#include "model/pool.h"
#include "model/rank.h"
#include "model/specialty.h"
#include "model/validation.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace xuncha;
using model::Date;
using model::Rank;
using model::UnitType;

// Everything in the demo happened on or before this day; "within three years" counts back from it.
const Date as_of(2026, 9, 1);
constexpr std::uint64_t seed = 20260901;

using Rng = xuncha::app::DemoRng;

using xuncha::app::ymd;

int year_of(const Date& date) { return static_cast<int>(date.year()); }

// ---- Units ----

// Leadership-team templates (领导班子); a slot is a post a person or a relative can hold.
enum class Lead {
    county_committee, county_government, congress, cppcc, court, procuratorate, party_office, party_department,
    discipline, politics_law, inspection, bureau, commission, centre, enterprise, school, hospital, town, xiang,
    subdistrict, village, community,
};

// How the staff are employed: civil servants have 职级, institutions professional titles.
enum class Trade { none, civil, police, judicial, institution, teaching, medical, enterprise };

// Professional-title track of a unit's specialists (the 专家库 draws on these).
enum class Track { none, finance, audit, engineering, economics };

struct UnitSpec {
    std::string_view key;
    std::string_view name;
    std::string_view short_name;
    UnitType type;
    std::string_view parent;
    std::string_view supervisor;
    Lead lead;
    Trade trade;
    int staff;  // people of the demo pools working there
    std::vector<std::string_view> departments;
    std::vector<std::string_view> specialties;  // the unit's typical 专业特长, most typical first
    Track track = Track::none;
    std::string_view remark = {};
};

using T = UnitType;

const std::vector<UnitSpec>& unit_specs()
{
    // Parents and 主管部门 come before the units that refer to them, so file ids follow that order.
    static const std::vector<UnitSpec> specs = {
        {"xw", "中共青禾县委员会", "县委", T::party_committee, "", "", Lead::county_committee, Trade::none, 0, {}, {},
         Track::none, "示范数据：青禾县为虚构的县，单位与人员均为虚构"},
        {"zf", "青禾县人民政府", "县政府", T::party_group, "", "", Lead::county_government, Trade::none, 0, {}, {},
         Track::none, "示范数据：虚构单位"},
        {"rd", "青禾县人民代表大会常务委员会", "县人大常委会", T::party_group, "", "", Lead::congress, Trade::civil, 3,
         {"办公室", "财政经济工作委员会", "法制工作委员会"}, {"文字综合", "法律", "财政/财会"}},
        {"zx", "中国人民政治协商会议青禾县委员会", "县政协", T::party_group, "", "", Lead::cppcc, Trade::civil, 2,
         {"办公室", "提案委员会"}, {"文字综合", "宣传/意识形态"}},
        {"fy", "青禾县人民法院", "县法院", T::party_group, "", "", Lead::court, Trade::judicial, 5,
         {"立案庭", "刑事审判庭", "民事审判庭", "执行局", "政治部"}, {"法律", "政法/司法", "办案经验"}},
        {"jcy", "青禾县人民检察院", "县检察院", T::party_group, "", "", Lead::procuratorate, Trade::judicial, 5,
         {"第一检察部", "第二检察部", "综合业务部", "政治部"}, {"法律", "政法/司法", "办案经验"}},

        {"xwb", "中共青禾县委办公室", "县委办", T::county_department, "xw", "", Lead::party_office, Trade::civil, 6,
         {"秘书股", "综合信息股", "督查室", "机要保密股"}, {"文字综合", "党建"}},
        {"jw", "中共青禾县纪律检查委员会、青禾县监察委员会", "县纪委监委", T::county_department, "xw", "",
         Lead::discipline, Trade::civil, 13,
         {"第一纪检监察室", "第二纪检监察室", "第三纪检监察室", "案件监督管理室", "案件审理室", "党风政风监督室",
          "派驻第一纪检监察组", "派驻第二纪检监察组"},
         {"纪检监察", "办案经验", "法律", "财政/财会"}},
        {"zzb", "中共青禾县委组织部", "县委组织部", T::county_department, "xw", "", Lead::party_department, Trade::civil,
         8, {"干部股", "组织股", "干部监督股", "人才工作股", "办公室"}, {"组织人事", "党建", "文字综合"}},
        {"xcb", "中共青禾县委宣传部", "县委宣传部", T::county_department, "xw", "", Lead::party_department,
         Trade::civil, 5, {"理论股", "新闻股", "网信办", "文明办"}, {"宣传/意识形态", "文字综合"}},
        {"zfw", "中共青禾县委政法委员会", "县委政法委", T::county_department, "xw", "", Lead::politics_law,
         Trade::civil, 4, {"综治股", "执法监督股", "办公室"}, {"政法/司法", "信访", "法律"}},
        {"xcbn", "中共青禾县委巡察工作领导小组办公室", "县委巡察办", T::county_department, "xw", "", Lead::inspection,
         Trade::civil, 7, {"综合股", "第一巡察组", "第二巡察组", "第三巡察组"}, {"纪检监察", "党建", "文字综合"}},
        {"rmt", "青禾县融媒体中心", "县融媒体中心", T::public_institution, "xw", "xcb", Lead::centre,
         Trade::institution, 3, {"新闻采编部", "办公室"}, {"宣传/意识形态", "文字综合"}},

        {"zfb", "青禾县人民政府办公室", "县政府办", T::county_department, "zf", "", Lead::commission, Trade::civil, 5,
         {"秘书股", "综合股", "督查股"}, {"文字综合", "党建"}},
        {"fgj", "青禾县发展和改革局", "县发改局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 5,
         {"投资股", "价格股", "办公室"}, {"金融/投融资", "工程/项目/招投标"}, Track::economics},
        {"jyj", "青禾县教育局", "县教育局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 5,
         {"基础教育股", "计划财务股", "人事股", "办公室"}, {"党建", "财政/财会", "组织人事"}},
        {"gaj", "青禾县公安局", "县公安局", T::county_department, "zf", "", Lead::bureau, Trade::police, 6,
         {"治安管理大队", "刑事侦查大队", "法制大队", "警务保障室"}, {"政法/司法", "办案经验", "法律"}},
        {"sfj", "青禾县司法局", "县司法局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 4,
         {"法治督察股", "公共法律服务股", "社区矫正股"}, {"法律", "政法/司法"}},
        {"czj", "青禾县财政局", "县财政局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 10,
         {"预算股", "国库股", "会计股", "政府采购股", "农业农村股", "财政监督股"}, {"财政/财会", "审计", "金融/投融资"},
         Track::finance},
        {"zrj", "青禾县自然资源局", "县自然资源局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 6,
         {"国土空间规划股", "耕地保护股", "执法监察大队", "办公室"}, {"工程/项目/招投标", "法律", "农业农村"},
         Track::engineering},
        {"zjj", "青禾县住房和城乡建设局", "县住建局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 7,
         {"建筑管理股", "城建股", "质量安全监督站", "房地产股", "办公室"}, {"工程/项目/招投标", "财政/财会"},
         Track::engineering},
        {"slj", "青禾县水利局", "县水利局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 4,
         {"工程建设股", "水资源股", "办公室"}, {"工程/项目/招投标", "农业农村"}, Track::engineering},
        {"nyj", "青禾县农业农村局", "县农业农村局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 6,
         {"农村经营管理股", "乡村振兴股", "种植业股", "计划财务股"}, {"农业农村", "财政/财会", "党建"}},
        {"wjw", "青禾县卫生健康委员会", "县卫健委", T::county_department, "zf", "", Lead::commission, Trade::civil, 5,
         {"医政医管股", "规划财务股", "公共卫生股", "办公室"}, {"财政/财会", "党建", "文字综合"}},
        {"sjj", "青禾县审计局", "县审计局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 9,
         {"财政审计股", "经济责任审计股", "固定资产投资审计股", "农业农村审计股", "法规审理股"},
         {"审计", "财政/财会", "工程/项目/招投标"}, Track::audit},
        {"scj", "青禾县市场监督管理局", "县市场监管局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 5,
         {"食品安全股", "综合执法大队", "登记注册股"}, {"法律", "政法/司法"}},
        {"xfj", "青禾县信访局", "县信访局", T::county_department, "zf", "", Lead::bureau, Trade::civil, 4,
         {"办信股", "接访股", "督查股"}, {"信访", "政法/司法", "文字综合"}},

        {"bdc", "青禾县不动产登记中心", "县不动产登记中心", T::public_institution, "zrj", "", Lead::centre,
         Trade::institution, 3, {"登记股", "综合股"}, {"法律", "工程/项目/招投标"}, Track::engineering},
        {"jk", "青禾县疾病预防控制中心", "县疾控中心", T::public_institution, "wjw", "", Lead::centre,
         Trade::institution, 2, {"综合办公室", "财务科"}, {"财政/财会"}, Track::finance},
        {"ct", "青禾县城市建设投资集团有限公司", "县城投集团", T::state_enterprise, "zf", "czj", Lead::enterprise,
         Trade::enterprise, 6, {"财务部", "工程部", "投融资部", "综合部"},
         {"金融/投融资", "工程/项目/招投标", "财政/财会"}, Track::finance},
        {"yz", "青禾县第一中学", "县一中", T::school, "zf", "jyj", Lead::school, Trade::teaching, 4,
         {"总务处", "教务处", "财务室"}, {"财政/财会", "党建"}, Track::finance},
        {"rmyy", "青禾县人民医院", "县人民医院", T::hospital, "zf", "wjw", Lead::hospital, Trade::medical, 5,
         {"财务科", "审计科", "医务科", "院办"}, {"财政/财会", "审计"}, Track::finance},

        {"cgz", "青禾县城关镇", "城关镇", T::township, "xw", "", Lead::town, Trade::civil, 10,
         {"党政综合办公室", "经济发展办公室", "社会事务办公室", "财政所", "综治中心"}, {"党建", "信访", "农业农村"}},
        {"cgz_dm", "东门社区", "东门社区", T::community, "cgz", "", Lead::community, Trade::none, 0, {}, {}},
        {"cgz_xj", "西街社区", "西街社区", T::community, "cgz", "", Lead::community, Trade::none, 0, {}, {}},
        {"cgz_nj", "南郊村", "南郊村", T::village, "cgz", "", Lead::village, Trade::none, 0, {}, {}},
        {"cgxx", "青禾县城关镇中心小学", "城关镇中心小学", T::school, "cgz", "jyj", Lead::school, Trade::teaching, 2,
         {"总务处", "教务处"}, {"党建", "文字综合"}},
        {"hfz", "青禾县禾丰镇", "禾丰镇", T::township, "xw", "", Lead::town, Trade::civil, 9,
         {"党政综合办公室", "经济发展办公室", "财政所", "农业综合服务中心"}, {"农业农村", "党建", "财政/财会"}},
        {"hfz_hf", "禾丰村", "禾丰村", T::village, "hfz", "", Lead::village, Trade::none, 0, {}, {}},
        {"hfz_dx", "稻香村", "稻香村", T::village, "hfz", "", Lead::village, Trade::none, 0, {}, {}},
        {"sqz", "青禾县石桥镇", "石桥镇", T::township, "xw", "", Lead::town, Trade::civil, 9,
         {"党政综合办公室", "经济发展办公室", "财政所", "乡村振兴办公室"}, {"农业农村", "党建", "信访"}},
        {"sqz_sq", "石桥村", "石桥村", T::village, "sqz", "", Lead::village, Trade::none, 0, {}, {}},
        {"sqz_fl", "枫林村", "枫林村", T::village, "sqz", "", Lead::village, Trade::none, 0, {}, {}},
        {"lhz", "青禾县柳河镇", "柳河镇", T::township, "xw", "", Lead::town, Trade::civil, 9,
         {"党政综合办公室", "经济发展办公室", "财政所", "综治中心"}, {"农业农村", "党建", "工程/项目/招投标"}},
        {"lhz_lh", "柳河村", "柳河村", T::village, "lhz", "", Lead::village, Trade::none, 0, {}, {}},
        {"lhz_xt", "新塘村", "新塘村", T::village, "lhz", "", Lead::village, Trade::none, 0, {}, {}},
        {"lhz_yl", "杨柳村", "杨柳村", T::village, "lhz", "", Lead::village, Trade::none, 0, {}, {}},
        {"bsx", "青禾县白沙乡", "白沙乡", T::township, "xw", "", Lead::xiang, Trade::civil, 8,
         {"党政综合办公室", "经济发展办公室", "财政所"}, {"农业农村", "党建"}},
        {"bsx_bs", "白沙村", "白沙村", T::village, "bsx", "", Lead::village, Trade::none, 0, {}, {}},
        {"bsx_sp", "沙坪村", "沙坪村", T::village, "bsx", "", Lead::village, Trade::none, 0, {}, {}},
        {"dpx", "青禾县东坪乡", "东坪乡", T::township, "xw", "", Lead::xiang, Trade::civil, 8,
         {"党政综合办公室", "经济发展办公室", "财政所"}, {"农业农村", "信访", "党建"}},
        {"dpx_dp", "东坪村", "东坪村", T::village, "dpx", "", Lead::village, Trade::none, 0, {}, {}},
        {"dpx_cl", "茶岭村", "茶岭村", T::village, "dpx", "", Lead::village, Trade::none, 0, {}, {}},
        {"ltz", "青禾县龙潭镇", "龙潭镇", T::township, "xw", "", Lead::town, Trade::civil, 9,
         {"党政综合办公室", "经济发展办公室", "财政所", "综治中心"}, {"农业农村", "党建", "工程/项目/招投标"}},
        {"ltz_lt", "龙潭村", "龙潭村", T::village, "ltz", "", Lead::village, Trade::none, 0, {}, {}},
        {"ltz_lk", "龙口村", "龙口村", T::village, "ltz", "", Lead::village, Trade::none, 0, {}, {}},
        {"ltz_qs", "青石村", "青石村", T::village, "ltz", "", Lead::village, Trade::none, 0, {}, {}},
        {"ylx", "青禾县云岭乡", "云岭乡", T::township, "xw", "", Lead::xiang, Trade::civil, 7,
         {"党政综合办公室", "经济发展办公室", "财政所"}, {"农业农村", "党建"}},
        {"ylx_yl", "云岭村", "云岭村", T::village, "ylx", "", Lead::village, Trade::none, 0, {}, {}},
        {"ylx_sp", "松坡村", "松坡村", T::village, "ylx", "", Lead::village, Trade::none, 0, {}, {}},
        {"qsjd", "青禾县青山街道", "青山街道", T::subdistrict, "xw", "", Lead::subdistrict, Trade::civil, 9,
         {"党政综合办公室", "社区建设办公室", "城市管理办公室", "财政所"}, {"党建", "信访", "文字综合"}},
        {"qsjd_qs", "青山社区", "青山社区", T::community, "qsjd", "", Lead::community, Trade::none, 0, {}, {}},
        {"qsjd_cy", "翠园社区", "翠园社区", T::community, "qsjd", "", Lead::community, Trade::none, 0, {}, {}},
        {"hdjd", "青禾县河东街道", "河东街道", T::subdistrict, "xw", "", Lead::subdistrict, Trade::civil, 9,
         {"党政综合办公室", "社区建设办公室", "城市管理办公室", "财政所"}, {"党建", "信访", "工程/项目/招投标"}},
        {"hdjd_hd", "河东社区", "河东社区", T::community, "hdjd", "", Lead::community, Trade::none, 0, {}, {}},
        {"hdjd_bj", "滨江社区", "滨江社区", T::community, "hdjd", "", Lead::community, Trade::none, 0, {}, {}},
    };
    return specs;
}

struct Slot {
    std::string_view post;
    Rank rank;
    bool principal;     // 主要负责人
    bool for_people;    // false: a county-level post (县委常委...) nobody in the pools holds; relatives may
};

std::vector<Slot> slots_for(Lead lead)
{
    using R = Rank;
    switch (lead) {
    case Lead::county_committee:
        return {{"县委书记", R::division, true, false}, {"县委副书记", R::deputy_division, false, false}};
    case Lead::county_government:
        return {{"县委副书记、县长", R::division, true, false},
                {"县委常委、常务副县长", R::deputy_division, false, false},
                {"副县长", R::deputy_division, false, false},
                {"副县长", R::deputy_division, false, false}};
    case Lead::congress:
        return {{"党组书记、主任", R::division, true, false}, {"党组成员、副主任", R::deputy_division, false, false}};
    case Lead::cppcc:
        return {{"党组书记、主席", R::division, true, false}, {"党组成员、副主席", R::deputy_division, false, false}};
    case Lead::court:
        return {{"党组书记、院长", R::deputy_division, true, false},
                {"党组成员、副院长", R::section, false, true},
                {"党组成员、副院长", R::section, false, true},
                {"党组成员、政治部主任", R::section, false, true}};
    case Lead::procuratorate:
        return {{"党组书记、检察长", R::deputy_division, true, false},
                {"党组成员、副检察长", R::section, false, true},
                {"党组成员、副检察长", R::section, false, true}};
    case Lead::party_office:
        return {{"县委常委、县委办公室主任", R::deputy_division, true, false},
                {"常务副主任", R::section, false, true},
                {"副主任", R::deputy_section, false, true},
                {"副主任", R::deputy_section, false, true}};
    case Lead::party_department:
        return {{"县委常委、部长", R::deputy_division, true, false},
                {"常务副部长", R::section, false, true},
                {"副部长", R::deputy_section, false, true},
                {"副部长", R::deputy_section, false, true}};
    case Lead::discipline:
        return {{"县委常委、县纪委书记、县监委主任", R::deputy_division, true, false},
                {"县纪委副书记、县监委副主任", R::section, false, true},
                {"县纪委副书记、县监委副主任", R::section, false, true},
                {"县纪委常委", R::deputy_section, false, true},
                {"县纪委常委", R::deputy_section, false, true}};
    case Lead::politics_law:
        return {{"县委常委、政法委书记", R::deputy_division, true, false},
                {"常务副书记", R::section, false, true},
                {"副书记", R::deputy_section, false, true}};
    case Lead::inspection:
        return {{"主任", R::section, true, true}, {"副主任", R::deputy_section, false, true}};
    case Lead::bureau:
        return {{"党组书记、局长", R::section, true, true},
                {"党组成员、副局长", R::deputy_section, false, true},
                {"党组成员、副局长", R::deputy_section, false, true},
                {"党组成员、副局长", R::deputy_section, false, true}};
    case Lead::commission:
        return {{"党组书记、主任", R::section, true, true},
                {"党组成员、副主任", R::deputy_section, false, true},
                {"党组成员、副主任", R::deputy_section, false, true}};
    case Lead::centre:
        return {{"党支部书记、主任", R::section, true, true}, {"副主任", R::deputy_section, false, true}};
    case Lead::enterprise:
        return {{"党委书记、董事长", R::section, true, true},
                {"党委副书记、总经理", R::section, false, true},
                {"副总经理", R::deputy_section, false, true},
                {"副总经理", R::deputy_section, false, true}};
    case Lead::school:
        return {{"党委书记、校长", R::section, true, true},
                {"副校长", R::deputy_section, false, true},
                {"副校长", R::deputy_section, false, true}};
    case Lead::hospital:
        return {{"党委书记", R::section, true, true},
                {"党委副书记、院长", R::section, true, true},
                {"副院长", R::deputy_section, false, true},
                {"副院长", R::deputy_section, false, true}};
    case Lead::town:
        return {{"党委书记", R::section, true, true},
                {"党委副书记、镇长", R::section, true, true},
                {"党委副书记", R::deputy_section, false, true},
                {"党委委员、纪委书记", R::deputy_section, false, true},
                {"党委委员、组织委员", R::deputy_section, false, true},
                {"党委委员、副镇长", R::deputy_section, false, true},
                {"党委委员、副镇长", R::deputy_section, false, true},
                {"人大主席", R::deputy_section, false, true}};
    case Lead::xiang:
        return {{"党委书记", R::section, true, true},
                {"党委副书记、乡长", R::section, true, true},
                {"党委副书记", R::deputy_section, false, true},
                {"党委委员、纪委书记", R::deputy_section, false, true},
                {"党委委员、组织委员", R::deputy_section, false, true},
                {"党委委员、副乡长", R::deputy_section, false, true},
                {"人大主席", R::deputy_section, false, true}};
    case Lead::subdistrict:
        return {{"党工委书记", R::section, true, true},
                {"党工委副书记、办事处主任", R::section, true, true},
                {"党工委副书记", R::deputy_section, false, true},
                {"党工委委员、纪工委书记", R::deputy_section, false, true},
                {"党工委委员、办事处副主任", R::deputy_section, false, true},
                {"党工委委员、办事处副主任", R::deputy_section, false, true}};
    case Lead::village:
        return {{"党支部书记、村委会主任", R::none, true, false},
                {"党支部副书记", R::none, false, false},
                {"村委会副主任", R::none, false, false}};
    case Lead::community:
        return {{"党委书记、居委会主任", R::none, true, false}, {"党委副书记、居委会副主任", R::none, false, false}};
    }
    return {};
}

// ---- Names ----

const std::vector<std::pair<std::string_view, int>> surnames = {
    {"王", 30}, {"李", 30}, {"张", 30}, {"刘", 22}, {"陈", 20}, {"杨", 14}, {"黄", 12}, {"赵", 10}, {"吴", 10},
    {"周", 10}, {"徐", 8},  {"孙", 8},  {"马", 7},  {"朱", 7},  {"胡", 7},  {"郭", 7},  {"何", 6},  {"高", 6},
    {"林", 6},  {"罗", 6},  {"郑", 5},  {"梁", 5},  {"谢", 5},  {"宋", 4},  {"唐", 5},  {"许", 4},  {"韩", 4},
    {"冯", 4},  {"邓", 5},  {"曹", 4},  {"彭", 4},  {"曾", 5},  {"肖", 4},  {"田", 3},  {"董", 3},  {"袁", 3},
    {"潘", 3},  {"于", 3},  {"蒋", 3},  {"蔡", 3},  {"余", 3},  {"杜", 3},  {"叶", 3},  {"程", 3},  {"苏", 3},
    {"魏", 3},  {"吕", 2},  {"丁", 2},  {"任", 2},  {"沈", 2},  {"姚", 2},  {"卢", 2},  {"姜", 2},  {"崔", 2},
    {"钟", 2},  {"谭", 3},  {"陆", 2},  {"汪", 2},  {"范", 2},  {"金", 2},  {"石", 2},  {"廖", 2},  {"贾", 2},
    {"夏", 2},  {"韦", 2},  {"方", 2},  {"白", 2},  {"邹", 2},  {"孟", 2},  {"熊", 2},  {"秦", 2},  {"邱", 2},
    {"江", 2},  {"尹", 2},  {"薛", 2},  {"段", 2},  {"雷", 2},  {"侯", 2},  {"龙", 2},  {"史", 1},  {"陶", 2},
    {"黎", 1},  {"贺", 2},  {"顾", 1},  {"毛", 1},  {"龚", 1},  {"万", 1},  {"覃", 1},  {"向", 2},  {"单", 2},
    {"解", 2},  {"欧阳", 1}, {"司马", 1},
};

// Given names by generation: people born before 1980 and after.
const std::vector<std::string_view> male_older = {
    "建国", "建华", "志强", "志刚", "国平", "海涛", "卫东", "晓东", "明亮", "振华", "立新", "德胜", "光明", "新民",
    "海波", "建军", "利民", "春生", "长青", "向阳", "国庆", "红兵", "永刚", "正国", "学文", "家明", "清华", "继承",
    "少华", "国强", "伟", "强", "军", "勇", "斌", "刚", "平", "辉", "华", "峰", "毅", "亮", "成", "涛", "林"};
const std::vector<std::string_view> male_younger = {
    "俊杰", "浩然", "文博", "宇航", "家豪", "鹏飞", "志远", "晨阳", "子健", "明轩", "思远", "天宇", "一帆", "嘉伟",
    "皓", "杰", "磊", "鑫", "宇", "浩", "凯", "健", "帆", "旭", "宁", "昊", "博", "睿", "哲", "航", "超", "鹏"};
const std::vector<std::string_view> female_older = {
    "丽华", "秀英", "桂兰", "玉梅", "晓燕", "丽娟", "春梅", "海燕", "雪梅", "美玲", "慧敏", "红梅", "丽萍", "淑芬",
    "彩霞", "文静", "雅琴", "凤英", "小红", "建英", "芳", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "萍", "红"};
const std::vector<std::string_view> female_younger = {
    "婷婷", "佳怡", "雨欣", "思琪", "欣怡", "晓丽", "梦瑶", "诗雨", "雅婷", "慧琳", "心怡", "若楠", "可欣", "子涵",
    "婷", "雪", "慧", "莉", "琳", "颖", "倩", "洁", "蕾", "薇", "璐", "瑶", "佳", "悦", "晶", "丹", "菲", "琪"};

// ---- Other vocabularies ----

const std::vector<std::pair<std::string_view, int>> ethnicities = {
    {"汉族", 88}, {"土家族", 3}, {"苗族", 3}, {"回族", 2}, {"侗族", 1}, {"瑶族", 1}, {"壮族", 1}, {"满族", 1},
};

// 籍贯 outside the county, with the (unassigned) area codes used for their ID numbers.
const std::vector<std::pair<std::string_view, std::string_view>> places_elsewhere = {
    {"湖南长沙", "990101"}, {"湖北襄阳", "990102"}, {"江西九江", "990103"},
    {"河南信阳", "990104"}, {"安徽安庆", "990105"}, {"四川南充", "990106"},
};
// Area code of 青禾县 in ID numbers: "99" is no real province, so no number can be a real person's.
constexpr std::string_view county_area_code = "990721";

// Universities that teach the majors of each kind of specialty.
std::vector<std::string_view> universities_for(std::string_view specialty)
{
    if (specialty == "纪检监察" || specialty == "法律" || specialty == "政法/司法" || specialty == "办案经验")
        return {"西南政法大学", "中南财经政法大学", "湘潭大学", "郑州大学"};
    if (specialty == "财政/财会" || specialty == "审计" || specialty == "金融/投融资")
        return {"中南财经政法大学", "江西财经大学", "湖南大学", "安徽财经大学"};
    if (specialty == "工程/项目/招投标") return {"长沙理工大学", "南昌大学", "郑州大学", "四川大学"};
    if (specialty == "农业农村") return {"湖南农业大学", "华中农业大学", "江西农业大学"};
    return {"湖南师范大学", "华中师范大学", "河南大学", "安徽大学", "武汉大学", "南昌大学"};
}
const std::vector<std::string_view> colleges = {"湖南财经工业职业技术学院", "长沙民政职业技术学院",
                                                "湖南司法警官职业学院", "江西现代职业技术学院"};

std::vector<std::string_view> majors_for(std::string_view specialty)
{
    if (specialty == "纪检监察" || specialty == "法律" || specialty == "政法/司法" || specialty == "办案经验")
        return {"法学", "侦查学", "行政管理"};
    if (specialty == "财政/财会" || specialty == "审计") return {"会计学", "财务管理", "审计学", "财政学"};
    if (specialty == "金融/投融资") return {"金融学", "经济学", "投资学"};
    if (specialty == "工程/项目/招投标") return {"土木工程", "工程管理", "水利水电工程", "城乡规划"};
    if (specialty == "农业农村") return {"农学", "农林经济管理", "园艺"};
    if (specialty == "宣传/意识形态") return {"新闻学", "汉语言文学", "广播电视学"};
    if (specialty == "组织人事" || specialty == "党建") return {"行政管理", "思想政治教育", "人力资源管理"};
    return {"汉语言文学", "行政管理", "法学", "经济学"};
}

std::string_view expertise_phrase(std::string_view specialty)
{
    if (specialty == "纪检监察") return "熟悉纪检监察业务";
    if (specialty == "组织人事") return "熟悉干部人事工作";
    if (specialty == "宣传/意识形态") return "熟悉宣传思想和意识形态工作";
    if (specialty == "政法/司法") return "熟悉政法工作";
    if (specialty == "信访") return "熟悉信访工作";
    if (specialty == "财政/财会") return "熟悉财政财务管理";
    if (specialty == "审计") return "熟悉审计业务";
    if (specialty == "工程/项目/招投标") return "熟悉工程建设和招投标管理";
    if (specialty == "金融/投融资") return "熟悉投融资业务";
    if (specialty == "党建") return "熟悉基层党建工作";
    if (specialty == "农业农村") return "熟悉农业农村工作";
    if (specialty == "法律") return "具有法律职业资格";
    if (specialty == "办案经验") return "有审查调查办案经验";
    return "文字综合能力较强";
}

// Employers that are not demo units, for earlier posts.
const std::vector<std::string_view> former_employers = {
    "原青禾县三合乡人民政府", "原青禾县林业局", "原青禾县国土资源局", "原青禾县规划局", "原青禾县工商行政管理局",
    "原青禾县扶贫开发办公室", "共青团青禾县委员会", "青禾县总工会", "青禾县统计局", "青禾县商务局",
    "青禾县民政局", "青禾县人力资源和社会保障局", "中国人民解放军某部"};

// ---- The people ----

struct UnitState {
    const UnitSpec* spec = nullptr;
    model::UnitId id;
    std::vector<Slot> slots;
    // Who holds each slot now: -1 nobody, person index, or -2 for a relative.
    std::vector<int> holder;
    // Periods in which people of the demo held each slot (earlier posts and current ones).
    std::vector<std::vector<std::pair<Date, Date>>> held;
};

// What the generator remembers about a person beyond the record.
struct Generated {
    std::size_t unit = 0;  // index into the units
    bool recent_transfer = false;
    bool expert_title = false;
};

class Generator {
public:
    Generator() : m_rng(seed) {}

    xuncha::app::Dataset run()
    {
        make_catalogues();
        make_units();
        for (std::size_t u = 0; u < m_units.size(); ++u)
            for (int k = 0; k < m_units[u].spec->staff; ++k) make_person(u, k);
        force_surnames();
        marry_colleagues();
        for (std::size_t p = 0; p < m_people.size(); ++p) make_relatives(p);
        assign_pools();
        m_dataset.exported_at = "2026-09-01T00:00:00Z";
        m_dataset.note =
            "示范数据：青禾县是虚构的县。本文件中的单位、人员、身份证号（地区码以99开头，不属于任何真实行政区划）、"
            "手机号码等均由程序生成，与真实的人和单位无关，如有雷同纯属巧合。数据截至2026-09-01。"
            "由 app/exchange/demo_generator.cpp 生成，请勿手工修改。";
        m_dataset.people = m_people;
        // With their own stream of numbers, so that the people above stay as they were.
        xuncha::app::add_demo_records(m_dataset, as_of, seed + 1);
        // Format version 3, drawn last so that everything above stays as it was.
        make_leaders();
        xuncha::app::add_demo_rounds(m_dataset, as_of, seed + 2);
        return m_dataset;
    }

private:
    // Catalogues exactly as a new database seeds them, so that the demo adds none.
    void make_catalogues()
    {
        int order = 0;
        for (const auto name : model::default_specialty_names()) {
            ++order;
            m_dataset.specialties.push_back({model::SpecialtyId(order), std::string(name), order});
        }
        long long id = 0;
        for (auto pool : model::default_pools()) {
            pool.id = model::PoolId(++id);
            m_dataset.pools.push_back(pool);
        }
    }

    model::SpecialtyId specialty_id(std::string_view name) const
    {
        for (const auto& specialty : m_dataset.specialties)
            if (specialty.name == name) return specialty.id;
        throw std::logic_error("demo: unknown specialty " + std::string(name));
    }

    model::PoolId pool_id(model::PoolKind kind) const
    {
        for (const auto& pool : m_dataset.pools)
            if (pool.kind == kind) return pool.id;
        throw std::logic_error("demo: no pool of that kind");
    }

    void make_units()
    {
        std::map<std::string_view, model::UnitId> ids;
        int order = 0;
        for (const auto& spec : unit_specs()) {
            ++order;
            model::Unit unit;
            unit.id = model::UnitId(order);
            unit.name = std::string(spec.name);
            unit.short_name = std::string(spec.short_name);
            unit.type = spec.type;
            if (!spec.parent.empty()) unit.parent_id = ids.at(spec.parent);
            if (!spec.supervisor.empty()) unit.supervisor_id = ids.at(spec.supervisor);
            unit.jurisdiction = "青禾县";
            unit.remark = std::string(spec.remark);
            unit.sort_order = order;
            ids.emplace(spec.key, unit.id);
            m_dataset.units.push_back(unit);

            UnitState state;
            state.spec = &spec;
            state.id = unit.id;
            state.slots = slots_for(spec.lead);
            state.holder.assign(state.slots.size(), -1);
            state.held.resize(state.slots.size());
            m_units.push_back(std::move(state));
        }
    }

    std::size_t unit_index(std::string_view key) const
    {
        for (std::size_t i = 0; i < m_units.size(); ++i)
            if (m_units[i].spec->key == key) return i;
        throw std::logic_error("demo: unknown unit " + std::string(key));
    }

    std::string township_of_birth()
    {
        static const std::vector<std::string_view> towns = {"城关镇", "禾丰镇", "石桥镇", "柳河镇", "白沙乡",
                                                             "东坪乡", "龙潭镇", "云岭乡"};
        return "青禾县" + std::string(m_rng.pick(towns));
    }

    std::string given_name(bool male, int birth_year)
    {
        const auto& list = male ? (birth_year < 1980 ? male_older : male_younger)
                                : (birth_year < 1980 ? female_older : female_younger);
        return std::string(m_rng.pick(list));
    }

    std::string unique_person_name(std::string_view surname, bool male, int birth_year)
    {
        for (int attempt = 0;; ++attempt) {
            auto name = std::string(surname) + given_name(male, birth_year);
            if (attempt > 40) name += given_name(male, birth_year);  // a crowded surname: a longer given name
            if (m_names.insert(name).second) return name;
        }
    }

    std::string relative_name(std::string_view surname, bool male, int birth_year)
    {
        for (;;) {
            auto name = std::string(surname) + given_name(male, birth_year);
            if (!m_names.contains(name)) return name;
        }
    }

    std::string mobile()
    {
        static const std::vector<std::string_view> prefixes = {"135", "136", "137", "138", "139", "150", "151",
                                                                "152", "157", "158", "159", "182", "187", "188",
                                                                "130", "131", "155", "156", "185", "186", "133",
                                                                "153", "180", "189", "177", "199"};
        for (;;) {
            std::string number(m_rng.pick(prefixes));
            for (int i = 0; i < 8; ++i) number += static_cast<char>('0' + m_rng.below(10));
            if (m_mobiles.insert(number).second) return number;
        }
    }

    std::string id_number(std::string_view area, const Date& birth, bool male)
    {
        for (;;) {
            int sequence = m_rng.between(1, 499) * 2 - 1;  // odd for men
            if (!male) sequence = std::min(sequence + 1, 998);
            char body[32];
            std::snprintf(body, sizeof body, "%.*s%04d%02d%02d%03d", static_cast<int>(area.size()), area.data(),
                          year_of(birth), static_cast<int>(birth.month()), static_cast<int>(birth.day()), sequence);
            std::string number(body);
            number += model::id_number_check_char(number);
            if (m_id_numbers.insert(number).second) return number;
        }
    }

    static std::string department_post(std::string_view department, bool deputy)
    {
        const auto ends_with = [&](std::string_view suffix) {
            return department.size() >= suffix.size() && department.substr(department.size() - suffix.size()) == suffix;
        };
        if (ends_with("股")) return deputy ? "副股长" : "股长";
        if (ends_with("大队")) return deputy ? "副大队长" : "大队长";
        if (ends_with("所")) return deputy ? "副所长" : "所长";
        if (ends_with("部") && !ends_with("政治部")) return deputy ? "副部长" : "部长";
        if (ends_with("庭")) return deputy ? "副庭长" : "庭长";
        if (ends_with("局")) return deputy ? "副局长" : "局长";
        if (ends_with("组")) return deputy ? "副组长" : "组长";
        if (ends_with("科")) return deputy ? "副科长" : "科长";
        if (ends_with("处")) return deputy ? "副主任" : "主任";
        if (ends_with("站")) return deputy ? "副站长" : "站长";
        return deputy ? "副主任" : "主任";
    }

    struct Post {
        std::string department;
        std::string post;
        Rank rank = Rank::none;
        bool leadership = false;  // 是否领导职务
        bool expert_title = false;
    };

    // A staff post (not in the leadership team) for someone born in `birth_year`.
    Post staff_post(const UnitSpec& spec, int birth_year)
    {
        Post post;
        post.department = std::string(m_rng.pick(spec.departments));
        const int age = year_of(as_of) - birth_year;
        const int level = age >= 45 ? m_rng.weighted<int>({{4, 55}, {3, 35}, {2, 10}})
                          : age >= 35 ? m_rng.weighted<int>({{4, 25}, {3, 50}, {2, 25}})
                                      : m_rng.weighted<int>({{3, 20}, {2, 80}});
        switch (spec.trade) {
        case Trade::institution:
        case Trade::teaching:
        case Trade::medical:
        case Trade::enterprise: {
            // Staff of institutions, schools, hospitals and companies have no 职级; heads of offices do have posts.
            post.rank = Rank::none;
            const bool money = post.department.find("财务") != std::string::npos ||
                               post.department.find("审计") != std::string::npos ||
                               post.department.find("投融资") != std::string::npos;
            const bool works = post.department.find("工程") != std::string::npos;
            if (level >= 3) {
                post.post = department_post(post.department, level == 3);
                post.leadership = false;
            } else if (money) {
                post.post = post.department.find("审计") != std::string::npos ? "审计员" : "会计";
            } else if (works) {
                post.post = "技术员";
            } else if (spec.trade == Trade::teaching) {
                post.post = "教师";
            } else if (spec.trade == Trade::medical) {
                post.post = "科员";
            } else if (spec.type == UnitType::public_institution && spec.key == "rmt") {
                post.post = m_rng.percent(50) ? "记者" : "编辑";
            } else {
                post.post = "科员";
            }
            post.expert_title = money || works || spec.track == Track::engineering;
            return post;
        }
        default: break;
        }
        // Civil servants: 职级 by level; level 4 and 3 usually run an office (股长, 主任...), not a leadership post.
        if (level == 4) {
            post.rank = m_rng.weighted<Rank>({{Rank::principal_staff_1, 40}, {Rank::principal_staff_2, 60}});
            post.post = m_rng.percent(70) ? department_post(post.department, false) : std::string(model::zh_name(post.rank));
        } else if (level == 3) {
            post.rank = m_rng.weighted<Rank>({{Rank::principal_staff_3, 45}, {Rank::principal_staff_4, 55}});
            post.post = m_rng.percent(55) ? department_post(post.department, true) : std::string(model::zh_name(post.rank));
        } else {
            post.rank = m_rng.weighted<Rank>({{Rank::staff_1, 55}, {Rank::staff_2, 25}, {Rank::staff, 20}});
            post.post = spec.trade == Trade::police ? "民警"
                        : spec.key == "fy"          ? (m_rng.percent(50) ? "法官助理" : "书记员")
                        : spec.key == "jcy"         ? "检察官助理"
                                                    : "科员";
        }
        if (spec.trade == Trade::judicial && level >= 3) post.post = spec.key == "fy" ? "员额法官" : "员额检察官";
        if (spec.lead == Lead::inspection && post.department.find("巡察组") != std::string::npos && level >= 3) {
            // County 巡察组组长 are 正科级 posts; their deputies 副科级 or 主任科员.
            const bool leader = level == 4;
            post.post = leader ? "组长" : "副组长";
            post.rank = leader ? m_rng.weighted<Rank>({{Rank::section, 60}, {Rank::researcher_4, 40}})
                               : Rank::deputy_section;
            post.leadership = true;
        }
        post.expert_title = spec.track != Track::none && m_rng.percent(60);
        return post;
    }

    std::string professional_title(Track track, int age)
    {
        const bool senior = age >= 42 && m_rng.percent(40);
        switch (track) {
        case Track::finance: return senior ? "高级会计师" : "会计师";
        case Track::audit: return senior ? "高级审计师" : "审计师";
        case Track::engineering: return senior ? "高级工程师" : "工程师";
        case Track::economics: return senior ? "高级经济师" : "经济师";
        case Track::none: break;
        }
        return {};
    }

    bool slot_free_for(const UnitState& unit, std::size_t slot, const Date& start, const Date& end) const
    {
        for (const auto& [from, to] : unit.held[slot])
            if (!(end < from || to < start)) return false;
        return true;
    }

    void make_person(std::size_t unit_index_, int ordinal)
    {
        auto& unit = m_units[unit_index_];
        const auto& spec = *unit.spec;
        model::Person person;
        person.id = model::PersonId(static_cast<long long>(m_people.size()) + 1);
        Generated meta;
        meta.unit = unit_index_;

        // The first people of a unit fill its leadership slots, some of which stay free for relatives.
        std::optional<std::size_t> slot;
        int seen = 0;
        for (std::size_t s = 0; s < unit.slots.size(); ++s) {
            if (!unit.slots[s].for_people) continue;
            if (seen++ == ordinal && unit.holder[s] == -1 && m_rng.percent(unit.slots[s].principal ? 70 : 35)) slot = s;
        }

        const bool male = m_rng.percent(slot ? 75 : 58);
        int birth_year = 0;
        if (slot && unit.slots[*slot].rank == Rank::section)
            birth_year = m_rng.between(1968, 1986);
        else if (slot)
            birth_year = m_rng.between(1972, 1991);
        else
            birth_year = m_rng.between(1966, 1998);
        const Date birth = m_rng.date_between(ymd(birth_year, 1, 1), ymd(birth_year, 12, 31));
        const std::string_view surname = m_rng.weighted(surnames);
        person.name = unique_person_name(surname, male, birth_year);
        person.gender = male ? model::Gender::male : model::Gender::female;
        person.ethnicity = std::string(m_rng.weighted(ethnicities));
        person.birth_date = birth;
        std::string_view area = county_area_code;
        if (m_rng.percent(78)) {
            person.native_place = township_of_birth();
        } else {
            const auto& [place, code] = m_rng.pick(places_elsewhere);
            person.native_place = std::string(place);
            area = code;
        }
        person.birth_place = person.native_place;
        person.id_number = id_number(area, birth, male);
        person.mobile = mobile();
        person.health = "健康";

        // Post and rank.
        Post post;
        if (slot) {
            const auto& s = unit.slots[*slot];
            post.post = std::string(s.post);
            post.rank = s.rank;
            post.leadership = true;
            post.expert_title = spec.track != Track::none && m_rng.percent(35);
            unit.holder[*slot] = static_cast<int>(m_people.size());
        } else {
            post = staff_post(spec, birth_year);
        }
        person.unit_id = unit.id;
        person.department = post.department;
        person.post = post.post;
        person.rank = post.rank;
        person.holds_leadership_post = post.leadership;

        const int age = model::age_on(birth, as_of);
        // Political status: leaders are Party members; some specialists belong to other parties.
        if (slot || post.leadership || m_rng.percent(86)) {
            person.political_status = model::PoliticalStatus::party_member;
        } else if (birth_year >= 1993 && m_rng.percent(50)) {
            person.political_status = m_rng.percent(50) ? model::PoliticalStatus::league_member
                                                        : model::PoliticalStatus::probationary_member;
        } else {
            person.political_status = m_rng.weighted<model::PoliticalStatus>(
                {{model::PoliticalStatus::masses, 40}, {model::PoliticalStatus::democratic_league, 20},
                 {model::PoliticalStatus::jiu_san, 15}, {model::PoliticalStatus::non_party, 25}});
        }

        // Education.
        const auto& specialties = spec.specialties;
        const std::string_view main_specialty = specialties.empty() ? "文字综合" : m_rng.pick(specialties);
        auto& full = person.fulltime_education;
        full.level = m_rng.weighted<model::EducationLevel>({{model::EducationLevel::bachelor, 62},
                                                            {model::EducationLevel::college, 18},
                                                            {model::EducationLevel::master, 14},
                                                            {model::EducationLevel::secondary_vocational, 6}});
        if (full.level == model::EducationLevel::bachelor) full.degree = model::Degree::bachelor;
        if (full.level == model::EducationLevel::master) full.degree = model::Degree::master;
        full.school = std::string(full.level == model::EducationLevel::college ? m_rng.pick(colleges)
                                  : full.level == model::EducationLevel::secondary_vocational
                                      ? std::string_view("青禾县职业中等专业学校")
                                      : m_rng.pick(universities_for(main_specialty)));
        full.major = std::string(m_rng.pick(majors_for(main_specialty)));
        if (full.level != model::EducationLevel::master && full.level != model::EducationLevel::bachelor
                ? m_rng.percent(80)
                : m_rng.percent(25)) {
            auto& part = person.inservice_education;
            const bool upgrade = full.level == model::EducationLevel::bachelor;
            part.level = upgrade ? model::EducationLevel::master : model::EducationLevel::bachelor;
            part.degree = upgrade && m_rng.percent(60) ? model::Degree::master : model::Degree::none;
            part.school = upgrade ? std::string(m_rng.pick(universities_for(main_specialty)))
                                  : std::string(m_rng.percent(50) ? "中央党校函授学院" : "国家开放大学");
            part.major = upgrade ? (part.degree == model::Degree::master ? "公共管理" : "法律")
                                 : std::string(m_rng.pick(std::vector<std::string_view>{"经济管理", "法律", "行政管理"}));
        }

        // Professional title and specialties.
        if (post.expert_title && spec.track != Track::none) {
            person.professional_title = professional_title(spec.track, age);
            meta.expert_title = true;
        } else if (spec.trade == Trade::teaching && post.post == "教师") {
            person.professional_title = age >= 40 ? "中学高级教师" : "中学一级教师";
        } else if (spec.trade == Trade::medical && post.department.find("医务") != std::string::npos) {
            person.professional_title = age >= 40 ? "副主任医师" : "主治医师";
        } else if (spec.key == "rmt" && !slot) {
            person.professional_title = age >= 40 ? "主任记者" : "记者";
        }
        std::vector<std::string_view> own{main_specialty};
        if (!specialties.empty() && m_rng.percent(55)) own.push_back(m_rng.pick(specialties));
        if (slot && m_rng.percent(40)) own.push_back("党建");
        if (meta.expert_title) {
            own.push_back(spec.track == Track::audit         ? "审计"
                          : spec.track == Track::engineering ? "工程/项目/招投标"
                          : spec.track == Track::economics   ? "金融/投融资"
                                                             : "财政/财会");
        }
        if (m_rng.percent(12)) own.push_back(m_rng.pick(std::vector<std::string_view>{"文字综合", "信访", "办案经验"}));
        std::set<std::string_view> taken;
        std::string expertise;
        for (const auto name : own) {
            if (!taken.insert(name).second) continue;
            person.specialties.push_back(specialty_id(name));
            if (!expertise.empty()) expertise += "，";
            expertise += expertise_phrase(name);
        }
        person.expertise = expertise;

        // Dates of a working life.
        const int start_age = full.level == model::EducationLevel::master ? m_rng.between(25, 27)
                              : full.level == model::EducationLevel::bachelor ? m_rng.between(22, 24)
                                                                               : m_rng.between(19, 22);
        const Date work_start = std::min(model::add_years(birth, start_age) + boost::gregorian::days(m_rng.between(0, 200)),
                                         ymd(2021, 8, 1));
        if (person.political_status == model::PoliticalStatus::party_member) {
            const Date earliest = std::max(model::add_years(birth, 19), ymd(1985, 1, 1));
            const Date latest = std::min(model::add_years(birth, 34), as_of - boost::gregorian::days(400));
            person.party_join_date = m_rng.date_between(earliest, std::max(earliest, latest));
        } else if (person.political_status == model::PoliticalStatus::probationary_member) {
            person.party_join_date = m_rng.date_between(ymd(2025, 9, 10), ymd(2026, 7, 1));
        }

        make_work_history(person, meta, unit_index_, slot, work_start, post);
        m_people.push_back(std::move(person));
        m_meta.push_back(meta);
    }

    // A post at another demo unit for an earlier period: a leadership slot when one is free then, else staff.
    model::WorkHistoryEntry earlier_post_at(std::size_t unit_index_, const Date& start, const Date& end, int level,
                                            bool prefer_leadership)
    {
        auto& unit = m_units[unit_index_];
        model::WorkHistoryEntry entry;
        entry.unit_id = unit.id;
        entry.start = start;
        entry.end = end;
        if (prefer_leadership) {
            for (std::size_t s = 0; s < unit.slots.size(); ++s) {
                const auto& slot = unit.slots[s];
                if (!slot.for_people || model::rank_level(slot.rank) > level) continue;
                if (!slot_free_for(unit, s, start, end)) continue;
                unit.held[s].emplace_back(start, end);
                entry.post = std::string(slot.post);
                entry.leadership_member = true;
                entry.principal_head = slot.principal;
                return entry;
            }
        }
        const auto& departments = unit.spec->departments;
        entry.department = departments.empty() ? std::string() : std::string(m_rng.pick(departments));
        entry.post = level >= 3 && !departments.empty() ? department_post(entry.department, true) : "科员";
        return entry;
    }

    std::size_t other_workplace(std::size_t current, bool township_first)
    {
        std::vector<std::size_t> candidates;
        for (std::size_t i = 0; i < m_units.size(); ++i) {
            if (i == current || m_units[i].spec->staff == 0) continue;
            const bool township = m_units[i].spec->type == UnitType::township ||
                                  m_units[i].spec->type == UnitType::subdistrict;
            if (!township_first || township) candidates.push_back(i);
        }
        return m_rng.pick(candidates);
    }

    void make_work_history(model::Person& person, Generated& meta, std::size_t unit_index_,
                           const std::optional<std::size_t>& slot, const Date& work_start, const Post& post)
    {
        auto& unit = m_units[unit_index_];
        person.work_start_date = work_start;
        const int level = model::rank_level(post.rank);

        // When the current post began: a third of the people moved here within the last three years.
        const Date earliest_current = work_start + boost::gregorian::days(400);
        meta.recent_transfer = m_rng.percent(36) && earliest_current < ymd(2023, 10, 1);
        Date current_start = meta.recent_transfer
                                 ? m_rng.date_between(ymd(2023, 10, 1), ymd(2026, 6, 30))
                                 : m_rng.date_between(std::max(earliest_current, ymd(2012, 1, 1)), ymd(2023, 6, 30));
        if (current_start < earliest_current) current_start = earliest_current;
        if (slot) {
            // The slot must not overlap an earlier holder's period.
            while (!slot_free_for(unit, *slot, current_start, as_of) && current_start < ymd(2026, 6, 30))
                current_start += boost::gregorian::days(90);
            unit.held[*slot].emplace_back(current_start, as_of);
        }

        // Earlier entries fill [work_start, current_start): 1 to 3 of them.
        const int span_days = static_cast<int>((current_start - work_start).days());
        int earlier = m_rng.weighted<int>({{1, 40}, {2, 40}, {3, 20}});
        if (meta.recent_transfer) earlier = std::max(earlier, 2);  // a first job, then the post moved from
        earlier = std::max(1, std::min(earlier, span_days / 400));
        std::vector<Date> cuts{work_start};
        for (int i = 1; i < earlier; ++i) {
            const int low = span_days * i / earlier - 120;
            const int high = span_days * i / earlier + 120;
            cuts.push_back(work_start + boost::gregorian::days(m_rng.between(low, high)));
        }
        cuts.push_back(current_start);

        for (int i = 0; i < earlier; ++i) {
            const Date start = cuts[static_cast<std::size_t>(i)];
            const Date end = cuts[static_cast<std::size_t>(i) + 1] - boost::gregorian::days(1);
            const bool last = i == earlier - 1;
            model::WorkHistoryEntry entry;
            if (last && meta.recent_transfer) {
                // Moved here from another demo unit within three years; leaders often led there.
                const auto from = other_workplace(unit_index_, slot.has_value() && m_rng.percent(60));
                entry = i == 0 ? earlier_post_at(from, start, end, 2, false)
                               : earlier_post_at(from, start, end, level, slot.has_value() || level >= 4);
            } else if (i == 0 && m_rng.percent(8) && person.birth_date && year_of(*person.birth_date) >= 1984) {
                // 大学生村官 in a demo village.
                std::vector<std::size_t> villages;
                for (std::size_t v = 0; v < m_units.size(); ++v)
                    if (m_units[v].spec->type == UnitType::village) villages.push_back(v);
                entry.unit_id = m_units[m_rng.pick(villages)].id;
                entry.post = "大学生村官（村党支部书记助理）";
                entry.start = start;
                entry.end = end;
            } else if (m_rng.percent(50)) {
                // A first job is a junior one; later posts a step below the present rank.
                const auto from = other_workplace(unit_index_, m_rng.percent(50));
                entry = earlier_post_at(from, start, end, i == 0 ? 2 : std::max(2, level - 1),
                                        i > 0 && level >= 4 && last && m_rng.percent(50));
            } else {
                entry.unit_name = std::string(m_rng.pick(former_employers));
                entry.post = entry.unit_name == "中国人民解放军某部" ? "战士" : "科员";
                entry.start = start;
                entry.end = end;
            }
            person.work_history.push_back(std::move(entry));
        }

        model::WorkHistoryEntry current;
        current.unit_id = unit.id;
        current.department = post.department;
        current.post = post.post;
        current.start = current_start;
        if (slot) {
            current.leadership_member = true;
            current.principal_head = unit.slots[*slot].principal;
        }
        person.work_history.push_back(std::move(current));
    }

    // Polyphonic surnames (单 shan, 曾 zeng, 解 xie) and enough 张 for a search demo, whatever the draw.
    void force_surnames()
    {
        const std::vector<std::pair<std::size_t, std::string_view>> forced = {
            {4, "单"},  {15, "曾"}, {27, "解"}, {39, "张"}, {52, "单"},  {66, "曾"},  {78, "张"},
            {91, "解"}, {103, "张"}, {117, "曾"}, {130, "张"}, {144, "单"}, {158, "张"}, {171, "解"},
            {186, "欧阳"},
        };
        for (const auto& [index, surname] : forced) {
            if (index >= m_people.size()) continue;
            auto& person = m_people[index];
            const bool male = person.gender == model::Gender::male;
            m_names.erase(person.name);
            person.name = unique_person_name(surname, male, year_of(*person.birth_date));
        }
    }

    std::string_view surname_of(const model::Person& person) const
    {
        for (const auto& [surname, weight] : surnames)
            if (surname.size() > 3 && person.name.rfind(surname, 0) == 0) return surname;
        return std::string_view(person.name).substr(0, 3);  // one CJK character in UTF-8
    }

    model::Relative relative_from_person(std::string_view title, const model::Person& other) const
    {
        model::Relative relative;
        relative.title = std::string(title);
        relative.name = other.name;
        relative.birth_date = other.birth_date;
        relative.political_status = other.political_status;
        relative.employer_unit_id = other.unit_id;
        relative.post = other.post;
        relative.is_leader = other.work_history.back().leadership_member;
        return relative;
    }

    // Some couples both work in the county and both sit in the pools (a conflict inside one group).
    void marry_colleagues()
    {
        int couples = 0;
        for (std::size_t a = 0; a < m_people.size() && couples < 7; a += 23) {
            if (m_people[a].gender != model::Gender::male) continue;
            for (std::size_t b = (a * 7 + 11) % m_people.size(), tries = 0; tries < m_people.size();
                 ++tries, b = (b + 1) % m_people.size()) {
                const auto& man = m_people[a];
                const auto& woman = m_people[b];
                if (woman.gender != model::Gender::female || m_spouse.contains(b) || m_spouse.contains(a)) continue;
                if (woman.unit_id == man.unit_id) continue;
                const int gap = year_of(*man.birth_date) - year_of(*woman.birth_date);
                if (gap < -2 || gap > 4 || model::age_on(*woman.birth_date, as_of) < 28) continue;
                m_spouse.emplace(a, b);
                m_spouse.emplace(b, a);
                ++couples;
                break;
            }
        }
    }

    // A free leadership slot of some unit for a relative aged `age`, or nothing.
    std::optional<std::pair<std::size_t, std::size_t>> free_slot(int age, bool village_only)
    {
        if (m_relative_leaders >= 22) return std::nullopt;
        std::vector<std::pair<std::size_t, std::size_t>> free;
        for (std::size_t u = 0; u < m_units.size(); ++u) {
            const auto type = m_units[u].spec->type;
            const bool grassroots = type == UnitType::village || type == UnitType::community;
            if (village_only != grassroots) continue;
            for (std::size_t s = 0; s < m_units[u].slots.size(); ++s) {
                if (m_units[u].holder[s] != -1) continue;
                const auto rank = m_units[u].slots[s].rank;
                const int min_age = rank == Rank::division || rank == Rank::deputy_division ? 42 : 30;
                if (age < min_age || age > 59) continue;
                free.emplace_back(u, s);
            }
        }
        if (free.empty()) return std::nullopt;
        const auto chosen = m_rng.pick(free);
        m_units[chosen.first].holder[chosen.second] = -2;
        ++m_relative_leaders;
        return chosen;
    }

    // Employment of a relative of working age: at a demo unit (sometimes leading it) or elsewhere.
    void employ(model::Relative& relative, int age, bool close, std::string_view township_hint)
    {
        if (age < 22) {
            relative.employer_name = age < 6    ? "学龄前"
                                     : age < 12 ? "青禾县城关镇中心小学（在读）"
                                     : age < 18 ? "青禾县第一中学（在读）"
                                                : "大学在读";
            relative.post = age < 6 ? "" : "学生";
            return;
        }
        if (age >= 62) {
            relative.employer_name = age >= 85 && m_rng.percent(50) ? "已故" : (m_rng.percent(60) ? "退休" : "务农");
            return;
        }
        const int roll = m_rng.below(100);
        if (roll < (close ? 9 : 6)) {
            if (const auto slot = free_slot(age, false)) {
                const auto& unit = m_units[slot->first];
                relative.employer_unit_id = unit.id;
                relative.post = std::string(unit.slots[slot->second].post);
                relative.is_leader = true;
                return;
            }
        }
        if (roll >= 6 && roll < 12 && age >= 40 && !township_hint.empty()) {
            // Village and community heads: often a parent or sibling at home.
            if (const auto slot = free_slot(age, true)) {
                const auto& unit = m_units[slot->first];
                relative.employer_unit_id = unit.id;
                relative.post = std::string(unit.slots[slot->second].post);
                relative.is_leader = true;
                return;
            }
        }
        if (roll < 26) {
            std::vector<std::size_t> employers;
            for (std::size_t u = 0; u < m_units.size(); ++u)
                if (m_units[u].spec->staff > 0) employers.push_back(u);
            const auto& unit = m_units[m_rng.pick(employers)];
            relative.employer_unit_id = unit.id;
            const auto trade = unit.spec->trade;
            relative.post = trade == Trade::teaching     ? "教师"
                            : trade == Trade::medical    ? (m_rng.percent(50) ? "医生" : "护士")
                            : trade == Trade::enterprise ? "职员"
                            : trade == Trade::police     ? "民警"
                                                         : "科员";
            return;
        }
        static const std::vector<std::string_view> elsewhere = {
            "个体经营", "务农", "青禾县禾丰农业专业合作社", "企业职员（广东深圳）", "自由职业", "青禾县供销合作社",
            "外出务工", "青禾县农村商业银行"};
        relative.employer_name = std::string(m_rng.pick(elsewhere));
    }

    model::PoliticalStatus relative_status(int age)
    {
        if (age < 14) return model::PoliticalStatus::masses;
        if (age < 18) return m_rng.percent(60) ? model::PoliticalStatus::league_member : model::PoliticalStatus::masses;
        if (age < 28 && m_rng.percent(50)) return model::PoliticalStatus::league_member;
        return m_rng.percent(45) ? model::PoliticalStatus::party_member : model::PoliticalStatus::masses;
    }

    void add_relative(model::Person& person, std::string_view title, std::string_view surname, bool male,
                      const Date& birth, bool close)
    {
        model::Relative relative;
        relative.title = std::string(title);
        relative.name = relative_name(surname, male, year_of(birth));
        relative.birth_date = birth;
        const int age = model::age_on(birth, as_of);
        if (age >= 14 || m_rng.percent(50)) relative.political_status = relative_status(age);
        employ(relative, age, close, person.native_place.rfind("青禾县", 0) == 0 ? person.native_place : "");
        person.relatives.push_back(std::move(relative));
    }

    Date around(const Date& base, int years_low, int years_high)
    {
        const int year = year_of(base) + m_rng.between(years_low, years_high);
        return m_rng.date_between(ymd(year, 1, 1), ymd(year, 12, 28));
    }

    void make_relatives(std::size_t index)
    {
        auto& person = m_people[index];
        const bool male = person.gender == model::Gender::male;
        const Date birth = *person.birth_date;
        const int age = model::age_on(birth, as_of);
        const auto surname = surname_of(person);

        // Spouse.
        std::string_view spouse_surname;
        const auto spouse = m_spouse.find(index);
        if (spouse != m_spouse.end()) {
            const auto& other = m_people[spouse->second];
            person.relatives.push_back(relative_from_person("配偶", other));
            spouse_surname = surname_of(other);
        } else if (age >= 27 && m_rng.percent(88)) {
            spouse_surname = m_rng.weighted(surnames);
            add_relative(person, "配偶", spouse_surname, !male, around(birth, male ? 0 : -3, male ? 4 : 1), true);
        }

        // Parents.
        const Date father_birth = around(birth, -32, -23);
        add_relative(person, "父亲", surname, true, father_birth, true);
        add_relative(person, "母亲", m_rng.weighted(surnames), false, around(father_birth, 0, 4), true);

        // Children: they carry the father's surname.
        if (!spouse_surname.empty() && age >= 30) {
            const auto child_surname = male ? surname : spouse_surname;
            const int children = m_rng.weighted<int>({{1, 65}, {2, 30}, {0, 5}});
            for (int c = 0; c < children; ++c) {
                const Date child_birth = around(birth, 24 + c * 3, 33 + c * 3);
                if (child_birth > as_of - boost::gregorian::days(200)) continue;
                const bool son = m_rng.percent(52);
                add_relative(person, son ? "儿子" : "女儿", child_surname, son, child_birth, true);
            }
        }

        // A sibling, sometimes.
        if (m_rng.percent(45)) {
            const bool older = m_rng.percent(50);
            const bool brother = m_rng.percent(50);
            const std::string_view title = brother ? (older ? "兄" : "弟") : (older ? "姐" : "妹");
            add_relative(person, title, surname, brother, around(birth, older ? -6 : 1, older ? -1 : 6), false);
        }

        // A parent-in-law, sometimes (near in-laws count for the leadership rule).
        if (!spouse_surname.empty() && m_rng.percent(20)) {
            add_relative(person, male ? "岳父" : "公公", spouse_surname, true, around(birth, -30, -24), false);
        }

        // An important social relation, rarely; 其他 never counts for kinship rules.
        if (m_rng.percent(3)) {
            add_relative(person, "其他", m_rng.weighted(surnames), m_rng.percent(60), around(birth, -2, 2), false);
        }
    }

    // Staff of schools, hospitals, companies and institutions are not seconded to rounds unless they
    // lead their unit or are specialists; the newest recruits have not been recommended yet.
    bool outside_pools(std::size_t index) const
    {
        const auto& person = m_people[index];
        const auto trade = m_units[m_meta[index].unit].spec->trade;
        const bool institution = trade == Trade::teaching || trade == Trade::medical || trade == Trade::institution ||
                                 trade == Trade::enterprise;
        if (institution && !person.holds_leadership_post && !m_meta[index].expert_title) return true;
        return year_of(*person.work_start_date) >= 2020;
    }

    // Pools: ~40 leaders (正科 or equivalent and above), the rest in the talent pool, specialists in the
    // expert pool too; a few suspended, exited, or still on their way in.
    void assign_pools()
    {
        const auto leader_pool = pool_id(model::PoolKind::leader);
        const auto talent_pool = pool_id(model::PoolKind::talent);
        const auto expert_pool = pool_id(model::PoolKind::expert);

        std::vector<std::size_t> leader_candidates;
        for (std::size_t i = 0; i < m_people.size(); ++i) {
            const auto& person = m_people[i];
            if (model::rank_level(person.rank) >= 4 && person.political_status == model::PoliticalStatus::party_member)
                leader_candidates.push_back(i);
        }
        // A fixed shuffle, then the first 40.
        for (std::size_t i = leader_candidates.size(); i > 1; --i)
            std::swap(leader_candidates[i - 1], leader_candidates[static_cast<std::size_t>(m_rng.below(static_cast<int>(i)))]);
        std::set<std::size_t> leaders(leader_candidates.begin(),
                                      leader_candidates.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(40, leader_candidates.size())));

        std::vector<std::size_t> expert_candidates;
        for (std::size_t i = 0; i < m_people.size(); ++i)
            if (m_meta[i].expert_title) expert_candidates.push_back(i);
        for (std::size_t i = expert_candidates.size(); i > 1; --i)
            std::swap(expert_candidates[i - 1], expert_candidates[static_cast<std::size_t>(m_rng.below(static_cast<int>(i)))]);
        std::set<std::size_t> experts(expert_candidates.begin(),
                                      expert_candidates.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(30, expert_candidates.size())));

        const auto entry = [&](const model::Person& person) {
            const Date earliest = std::max(ymd(2019, 3, 1), *person.work_start_date + boost::gregorian::days(365));
            return m_rng.date_between(std::min(earliest, ymd(2025, 12, 1)), ymd(2026, 3, 31));
        };
        const auto membership = [&](model::PoolId pool, const model::Person& person) {
            model::PoolMembership m;
            m.pool_id = pool;
            m.status = model::MembershipStatus::active;
            m.entry_date = entry(person);
            return m;
        };

        int talent_seen = 0;
        int leader_seen = 0;
        int expert_seen = 0;
        static const std::vector<std::string_view> suspension_reasons = {
            "借调市纪委监委办案，暂停抽调", "产假期间暂停", "参加上级脱产培训", "驻村帮扶期间暂停"};
        // The model's standard reasons that fit someone still in post (not 退休, 调出本地 or 违反纪律).
        std::vector<std::string_view> exit_reasons;
        for (const auto reason : model::standard_exit_reasons())
            if (reason == "岗位变动" || reason == "身体原因" || reason == "单位工作繁重" || reason == "不胜任")
                exit_reasons.push_back(reason);
        for (std::size_t i = 0; i < m_people.size(); ++i) {
            auto& person = m_people[i];
            const bool leader = leaders.contains(i);
            const bool expert = experts.contains(i);
            const bool expert_only = expert && !leader && m_meta[i].expert_title &&
                                     (m_units[m_meta[i].unit].spec->trade == Trade::enterprise ||
                                      m_units[m_meta[i].unit].spec->trade == Trade::medical ||
                                      m_units[m_meta[i].unit].spec->trade == Trade::teaching);
            if (leader) {
                auto m = membership(leader_pool, person);
                ++leader_seen;
                if (leader_seen % 17 == 0) {
                    m.status = model::MembershipStatus::suspended;
                    m.remark = std::string(m_rng.pick(suspension_reasons));
                } else if (leader_seen % 19 == 0) {
                    m.status = model::MembershipStatus::exited;
                    m.exit_date = m_rng.date_between(*m.entry_date + boost::gregorian::days(30), as_of);
                    m.exit_reason = std::string(m_rng.pick(exit_reasons));
                }
                person.memberships.push_back(std::move(m));
            } else if (!expert_only && !outside_pools(i)) {
                auto m = membership(talent_pool, person);
                ++talent_seen;
                if (talent_seen % 37 == 5) {
                    m.status = model::MembershipStatus::suspended;
                    m.remark = std::string(m_rng.pick(suspension_reasons));
                } else if (talent_seen % 37 == 20) {
                    m.status = model::MembershipStatus::exited;
                    m.exit_date = m_rng.date_between(*m.entry_date + boost::gregorian::days(30), as_of);
                    m.exit_reason = std::string(m_rng.pick(exit_reasons));
                } else if (talent_seen % 41 == 33) {
                    // Still on the way in (推荐 → 资格审查 → 考察 → 审定): no entry date yet.
                    static const std::vector<model::MembershipStatus> pipeline = {
                        model::MembershipStatus::recommended, model::MembershipStatus::qualification_review,
                        model::MembershipStatus::vetting, model::MembershipStatus::approved};
                    m.status = pipeline[static_cast<std::size_t>(talent_seen / 41) % pipeline.size()];
                    m.entry_date.reset();
                    m.remark = "2026年度推荐人选";
                }
                person.memberships.push_back(std::move(m));
            }
            if (expert) {
                auto m = membership(expert_pool, person);
                ++expert_seen;
                if (expert_seen % 13 == 0) {
                    m.status = model::MembershipStatus::exited;
                    m.exit_date = m_rng.date_between(*m.entry_date + boost::gregorian::days(30), as_of);
                    m.exit_reason = std::string(m_rng.pick(exit_reasons));
                }
                person.memberships.push_back(std::move(m));
            }
        }
    }

    // Each unit's leadership team (领导班子): the people of the demo who hold a slot now or held one
    // before (linked to their record), the relatives who hold one, and invented names for the rest.
    void make_leaders()
    {
        std::set<const model::Relative*> used_relatives;
        for (std::size_t u = 0; u < m_units.size(); ++u) {
            const auto& state = m_units[u];
            auto& unit = m_dataset.units[u];
            // Earlier leadership posts of the people here, closed.
            for (const auto& person : m_dataset.people)
                for (const auto& entry : person.work_history)
                    if (entry.unit_id == unit.id && entry.leadership_member && entry.end)
                        unit.leaders.push_back({{}, person.id, person.name, entry.post, entry.start, entry.end,
                                                entry.principal_head, ""});
            for (std::size_t s = 0; s < state.slots.size(); ++s) {
                const auto& slot = state.slots[s];
                model::UnitLeader leader;
                leader.post = std::string(slot.post);
                leader.principal_head = slot.principal;
                const int holder = state.holder[s];
                if (holder >= 0) {
                    const auto& person = m_dataset.people[static_cast<std::size_t>(holder)];
                    leader.person_id = person.id;
                    leader.name = person.name;
                    leader.start = person.work_history.back().start;
                } else {
                    const model::Relative* relative = nullptr;
                    if (holder == -2)
                        for (const auto& person : m_dataset.people)
                            for (const auto& r : person.relatives)
                                if (!relative && r.employer_unit_id == unit.id && r.is_leader && r.post == slot.post &&
                                    !used_relatives.contains(&r))
                                    relative = &r;
                    if (relative) {
                        used_relatives.insert(relative);
                        leader.name = relative->name;
                    } else {
                        const bool male = m_rng.percent(75);
                        leader.name = unique_person_name(m_rng.weighted(surnames), male, m_rng.between(1966, 1985));
                    }
                    leader.start = m_rng.date_between(ymd(2018, 1, 1), ymd(2025, 12, 31));
                }
                unit.leaders.push_back(std::move(leader));
            }
        }
    }

    Rng m_rng;
    xuncha::app::Dataset m_dataset;
    std::vector<UnitState> m_units;
    std::vector<model::Person> m_people;
    std::vector<Generated> m_meta;
    std::set<std::string> m_names;
    std::set<std::string> m_mobiles;
    std::set<std::string> m_id_numbers;
    std::map<std::size_t, std::size_t> m_spouse;
    int m_relative_leaders = 0;
};

// What the demo offers the avoidance engine, for the record and for whoever changes the generator.
void print_statistics(const xuncha::app::Dataset& dataset, std::ostream& out)
{
    const Date cutoff = model::add_years(as_of, -3);
    std::map<std::string, std::map<std::string, int>> pools;
    std::map<model::PoolId, std::string> pool_names;
    for (const auto& pool : dataset.pools) pool_names.emplace(pool.id, pool.name);
    std::size_t relatives = 0;
    std::size_t relatives_at_units = 0;
    std::size_t relatives_leading = 0;
    std::size_t history = 0;
    std::size_t history_recent_elsewhere = 0;
    std::size_t history_leadership_elsewhere = 0;
    std::size_t in_two_pools = 0;
    std::size_t zhang = 0;
    for (const auto& person : dataset.people) {
        if (person.name.rfind("张", 0) == 0) ++zhang;
        std::set<model::PoolId> own;
        for (const auto& m : person.memberships) {
            ++pools[pool_names[m.pool_id]][std::string(model::zh_name(m.status))];
            own.insert(m.pool_id);
        }
        if (own.size() >= 2) ++in_two_pools;
        for (const auto& r : person.relatives) {
            ++relatives;
            if (r.employer_unit_id) ++relatives_at_units;
            if (r.employer_unit_id && r.is_leader) ++relatives_leading;
        }
        for (const auto& w : person.work_history) {
            ++history;
            if (!w.unit_id || w.unit_id == person.unit_id) continue;
            if (w.end && *w.end >= cutoff) ++history_recent_elsewhere;
            if (w.leadership_member) ++history_leadership_elsewhere;
        }
    }
    out << "units: " << dataset.units.size() << "\npeople: " << dataset.people.size() << " (张: " << zhang << ")\n";
    for (const auto& [pool, statuses] : pools) {
        int total = 0;
        std::string detail;
        for (const auto& [status, count] : statuses) {
            total += count;
            detail += " " + status + " " + std::to_string(count);
        }
        out << "pool " << pool << ": " << total << " (" << detail.substr(1) << ")\n";
    }
    // The records of format version 2.
    std::size_t attended = 0, commendations = 0, assessments = 0, excellent = 0, weak = 0, opinions = 0, concerns = 0,
                members = 0, without_opinion = 0, pledges = 0, scans = 0, photos = 0, secondments = 0, declined = 0,
                declined_three = 0, reserve = 0, frontline = 0, stepped = 0, steps = 0, overrides = 0;
    const int this_year = static_cast<int>(as_of.year());
    for (const auto& person : dataset.people) {
        attended += person.trainings.size();
        commendations += person.commendations.size();
        assessments += person.assessments.size();
        for (const auto& a : person.assessments) {
            if (a.result == model::AssessmentResult::excellent) ++excellent;
            if (a.result == model::AssessmentResult::basically || a.result == model::AssessmentResult::incompetent) ++weak;
        }
        opinions += person.integrity_opinions.size();
        bool current = false;
        for (const auto& o : person.integrity_opinions) {
            if (!o.clear) ++concerns;
            if (o.date && static_cast<int>(o.date->year()) == this_year) current = true;
        }
        const bool member = std::any_of(person.memberships.begin(), person.memberships.end(), [](const auto& m) {
            return m.status == model::MembershipStatus::active || m.status == model::MembershipStatus::suspended;
        });
        if (member) ++members;
        if (member && !current) ++without_opinion;
        pledges += person.pledges.size();
        for (const auto& p : person.pledges)
            if (p.scan) ++scans;
        if (person.photo) ++photos;
        secondments += person.secondments.size();
        declined += person.declined_secondments.size();
        if (person.declined_secondments.size() >= 3) ++declined_three;
        if (person.reserve_cadre) ++reserve;
        if (!person.frontline_experience.empty()) ++frontline;
        for (const auto& m : person.memberships) {
            if (!m.steps.empty()) ++stepped;
            steps += m.steps.size();
            for (const auto& step : m.steps)
                if (!step.override_reason.empty()) ++overrides;
        }
    }
    out << "trainings: " << dataset.trainings.size() << ", attendances: " << attended
        << "\ncommendations: " << commendations << "\nannual assessments: " << assessments << " (优秀 " << excellent
        << ", 基本称职/不称职 " << weak << ")\nintegrity opinions: " << opinions << " (raising a concern: " << concerns
        << "); members in 在库/暂停 without one dated " << this_year << ": " << without_opinion << " of " << members
        << "\npledges: " << pledges << " (scanned: " << scans << "), photos: " << photos
        << "\nsecondments: " << secondments << ", declined: " << declined << " (people who declined 3 times: "
        << declined_three << ")\nreserve cadres: " << reserve << ", with frontline experience: " << frontline
        << "\nmemberships with lifecycle steps: " << stepped << " (" << steps << " steps, " << overrides
        << " with an override reason)\n";
    out << "people in two pools: " << in_two_pools << "\nrelatives: " << relatives << ", employed at demo units: "
        << relatives_at_units << ", leading a demo unit: " << relatives_leading << "\nwork-history entries: " << history
        << ", at another demo unit ending on or after " << model::to_iso(cutoff) << ": " << history_recent_elsewhere
        << ", leadership posts at another demo unit: " << history_leadership_elsewhere << "\n";
}

int usage()
{
    std::cerr << "usage: xuncha-demo-gen OUTPUT [--compare COMMITTED]\n"
                 "Writes the demo county (exchange format) to OUTPUT; with --compare, fails when OUTPUT\n"
                 "differs from COMMITTED (regenerate assets/demo/county.json after changing the generator).\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") return usage();
    const std::string output = args[0];
    std::optional<std::string> compare;
    if (args.size() == 3 && args[1] == "--compare")
        compare = args[2];
    else if (args.size() != 1)
        return usage();

    Generator generator;
    const auto dataset = generator.run();
    const auto text = xuncha::app::write_document(dataset);

    // The demo must import: every record valid, every reference resolved.
    const auto check = xuncha::app::read_document(text, as_of);
    if (!check.problems.empty()) {
        for (const auto& problem : check.problems) std::cerr << problem.path << ": " << problem.message << "\n";
        std::cerr << "xuncha-demo-gen: the generated data is invalid (" << check.problems.size() << " problems)\n";
        return 1;
    }

    {
        std::ofstream out(output, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            std::cerr << "xuncha-demo-gen: cannot write " << output << "\n";
            return 1;
        }
    }
    print_statistics(dataset, std::cout);

    if (compare) {
        std::ifstream in(*compare, std::ios::binary);
        if (!in) {
            std::cerr << "xuncha-demo-gen: cannot read " << *compare << "\n";
            return 1;
        }
        const std::string committed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (committed != text) {
            const auto mismatch = std::mismatch(text.begin(), text.end(), committed.begin(), committed.end());
            const auto line = 1 + std::count(text.begin(), mismatch.first, '\n');
            std::cerr << *compare << " differs from the generator's output (first at line " << line
                      << "); regenerate it: xuncha-demo-gen " << *compare << "\n";
            return 1;
        }
        std::cout << *compare << " matches the generator\n";
    }
    return 0;
}
