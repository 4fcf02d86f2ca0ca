#include "app/gui/person_editing.h"

#include "db/attachment_repository.h"
#include "db/person_repository.h"
#include "db/settings_repository.h"
#include "db/training_repository.h"

#include <map>

namespace xuncha::app {

AttachmentLoader attachment_loader(db::Database& database)
{
    return [&database](const model::Attachment& attachment) -> std::shared_ptr<const std::string> {
        if (attachment.content) return attachment.content;
        return db::AttachmentRepository(database).load(attachment.id).content;
    };
}

PersonEditorContext make_person_editor_context(db::Database& database, std::vector<model::Unit> units,
                                               std::vector<model::Specialty> specialties,
                                               std::vector<model::Pool> pools, model::Date today)
{
    return PersonEditorContext(std::move(units), std::move(specialties), std::move(pools), today,
                               db::TrainingRepository(database).list(), db::SettingsRepository(database).load(),
                               attachment_loader(database));
}

void save_person_with_trainings(db::Transaction& tx, model::Person& person,
                                std::vector<model::Training> new_trainings)
{
    db::TrainingRepository trainings(tx.database());
    std::map<model::TrainingId, model::TrainingId> saved;  // provisional id -> database id
    for (auto& training : new_trainings) {
        const model::TrainingId provisional = training.id;
        training.id = model::TrainingId{};
        trainings.create(tx, training);
        saved[provisional] = training.id;
    }
    for (auto& attendance : person.trainings) {
        const auto it = saved.find(attendance.training_id);
        if (it != saved.end()) attendance.training_id = it->second;
    }
    db::PersonRepository people(tx.database());
    if (person.id.is_saved()) people.update(tx, person);
    else people.create(tx, person);
}

}  // namespace xuncha::app
