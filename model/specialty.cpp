#include "model/specialty.h"

namespace xuncha::model {

std::vector<std::string_view> default_specialty_names()
{
    return {"纪检监察", "组织人事", "宣传/意识形态", "政法/司法", "信访",   "财政/财会",   "审计",
            "工程/项目/招投标", "金融/投融资", "党建", "农业农村", "法律", "办案经验", "文字综合"};
}

}  // namespace xuncha::model
