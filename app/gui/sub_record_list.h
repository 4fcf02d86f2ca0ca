#pragma once
// Keeps one sub-record list of the person being edited (Person::work_history, ::pledges...) and drives
// its RecordList: rows, Add/Edit/Remove through the entry's dialog, and the validation of an entry in
// the context of the whole person (model::validate, the problems whose index is the entry's).

#include "app/gui/form.h"
#include "app/gui/record_dialog.h"
#include "app/gui/record_list.h"
#include "model/person.h"
#include "model/validation.h"

#include <wx/dataview.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace xuncha::app {

// The person as the editor's tabs show it now (read without validating).
using PersonSource = std::function<model::Person()>;

// model::validate as the editor needs it: trainings created in this editing session have provisional
// (negative) ids until they are saved with the person, and count as chosen.
inline std::vector<model::Problem> validate_in_editor(model::Person person, const model::Date& today)
{
    for (auto& attendance : person.trainings)
        if (attendance.training_id.value() < 0)
            attendance.training_id = model::TrainingId(-attendance.training_id.value());
    return model::validate(person, today);
}

template <class T>
class SubRecordList {
public:
    using Check = typename ValueDialog<T>::Check;
    // Opens the entry's dialog; nullopt when cancelled. `initial`: problems to show at once.
    using Editor = std::function<std::optional<T>(wxWindow* parent, const T& value, Check check,
                                                  std::vector<model::Problem> initial)>;

    struct Spec {
        std::vector<T> model::Person::*member = nullptr;
        std::vector<model::Field> fields;                       // shown at the list, by entry
        std::function<std::vector<wxString>(const T&)> row;     // the list's cells
        Editor edit;
        std::function<T()> make;                                // a new entry's first values
        std::function<bool(const T&)> confirm_remove;           // optional: asks before removing
        // Optional: the list's order (by date), kept as entries are added or changed.
        std::function<bool(const T&, const T&)> before;
    };

    SubRecordList(RecordList& ui, Spec spec, PersonSource current, model::Date today, FieldProblems& problems,
                  int page)
        : m_ui(ui), m_spec(std::move(spec)), m_current(std::move(current)), m_today(today)
    {
        for (const auto field : m_spec.fields)
            problems.add(field, m_ui.list(), m_ui.problem_line(), page, [this](int index) { m_ui.select(index); });
        m_ui.on_edit = [this](int row) { edit(row); };
        m_ui.on_remove = [this](int row) { remove(row); };
    }

    void to_window(const model::Person& person)
    {
        m_items = person.*m_spec.member;
        refresh();
    }

    void from_window(model::Person& person) const { person.*m_spec.member = m_items; }

    const std::vector<T>& items() const { return m_items; }
    void set_item(std::size_t index, T value)
    {
        if (index >= m_items.size()) return;
        m_items[index] = std::move(value);
        refresh();
        m_ui.select(static_cast<int>(index));
    }
    RecordList& ui() { return m_ui; }

    void refresh()
    {
        std::vector<std::vector<wxString>> rows;
        rows.reserve(m_items.size());
        for (const auto& item : m_items) rows.push_back(m_spec.row(item));
        m_ui.set_rows(rows);
        if (on_change) on_change();
    }

    // The problems model::validate reports for entry `index` when it holds `candidate`.
    std::vector<model::Problem> check(std::size_t index, const T& candidate) const
    {
        model::Person person = m_current();
        auto& list = person.*m_spec.member;
        list = m_items;
        if (index < list.size()) list[index] = candidate;
        else list.push_back(candidate);
        std::vector<model::Problem> mine;
        for (const auto& problem : validate_in_editor(std::move(person), m_today))
            if (problem.index == static_cast<int>(index) &&
                std::find(m_spec.fields.begin(), m_spec.fields.end(), problem.field) != m_spec.fields.end())
                mine.push_back(problem);
        return mine;
    }

    void edit(int row)
    {
        const bool adding = row < 0 || static_cast<std::size_t>(row) >= m_items.size();
        const std::size_t index = adding ? m_items.size() : static_cast<std::size_t>(row);
        const T value = adding ? m_spec.make() : m_items[index];
        std::vector<model::Problem> initial;
        if (!adding) initial = check(index, value);
        const auto result =
            m_spec.edit(&m_ui, value, [this, index](const T& candidate) { return check(index, candidate); },
                        std::move(initial));
        if (!result) return;
        if (adding) m_items.push_back(*result);
        else m_items[index] = *result;
        std::size_t shown = index;
        if (m_spec.before) {
            // Stable: entries the user never touched keep their places among equals.
            std::vector<std::size_t> order(m_items.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return m_spec.before(m_items[a], m_items[b]);
            });
            std::vector<T> sorted;
            sorted.reserve(m_items.size());
            for (std::size_t i = 0; i < order.size(); ++i) {
                sorted.push_back(std::move(m_items[order[i]]));
                if (order[i] == index) shown = i;
            }
            m_items = std::move(sorted);
        }
        refresh();
        m_ui.select(static_cast<int>(shown));
    }

    void remove(int row)
    {
        if (row < 0 || static_cast<std::size_t>(row) >= m_items.size()) return;
        if (m_spec.confirm_remove && !m_spec.confirm_remove(m_items[static_cast<std::size_t>(row)])) return;
        m_items.erase(m_items.begin() + row);
        refresh();
        if (!m_items.empty()) m_ui.select(std::min(row, static_cast<int>(m_items.size()) - 1));
    }

    std::function<void()> on_change;

private:
    RecordList& m_ui;
    Spec m_spec;
    PersonSource m_current;
    model::Date m_today;
    std::vector<T> m_items;
};

// The usual Editor: a dialog D (a ValueDialog<T>) built as D(parent, value, check, initial, extra...).
template <class D, class T, class... Extra>
typename SubRecordList<T>::Editor dialog_editor(Extra... extra)
{
    return [=](wxWindow* parent, const T& value, typename SubRecordList<T>::Check check,
               std::vector<model::Problem> initial) -> std::optional<T> {
        D dialog(parent, value, std::move(check), std::move(initial), extra...);
        if (dialog.ShowModal() != wxID_OK) return std::nullopt;
        return dialog.value();
    };
}

}  // namespace xuncha::app
