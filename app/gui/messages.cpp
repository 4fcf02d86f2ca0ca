#include "app/gui/messages.h"

#include "app/gui/wx_text.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>

namespace xuncha::app {

using model::Field;
using model::ProblemCode;

wxString db_error_message(const db::DbError& error)
{
    const wxString subject = to_wx(shown_target(error.subject()));
    using Category = db::DbError::Category;
    switch (error.category()) {
    case Category::missing_directory:
        return wxString::Format(_("The folder for the database file does not exist:\n%s\n\nNothing was created. "
                                  "Create the folder first, or choose another location."),
                                subject);
    case Category::read_only:
        return wxString::Format(_("The database cannot be written: the file or its folder is read-only.\n%s\n\n"
                                  "The file was not changed. Check its permissions, or copy it to a folder "
                                  "you can write to."),
                                subject);
    case Category::not_a_database:
        return wxString::Format(_("This file is not a database:\n%s\n\nThe file was left untouched. "
                                  "Choose a xuncha database file (.sqlite)."),
                                subject);
    case Category::foreign_database:
        return wxString::Format(_("This database was not created by xuncha:\n%s\n\nThe file was left untouched. "
                                  "Choose a xuncha database, or create a new one."),
                                subject);
    case Category::newer_schema:
        return wxString::Format(_("This database was written by a newer version of xuncha:\n%s\n\n"
                                  "The file was left untouched. Install the newer version to open it."),
                                subject);
    case Category::connection:
        return wxString::Format(_("The database server could not be reached, or it refused the login:\n%s\n\n"
                                  "Check the address, the user name and the password, and that the server "
                                  "is running."),
                                subject);
    case Category::constraint:
        return _("The change breaks a rule of the database (a duplicate entry or a reference to a record "
                 "that does not exist). Nothing was saved.");
    case Category::in_use:
        return wxString::Format(_("\"%s\" cannot be removed because other records still refer to it. "
                                  "Nothing was removed."),
                                subject);
    case Category::not_found:
        return _("The record no longer exists; it may have been removed in the meantime. "
                 "Nothing was changed and the lists have been reloaded.");
    case Category::corrupt:
        return wxString::Format(_("A stored file no longer matches the checksum recorded when it was saved: %s\n\n"
                                  "It may have been damaged. Nothing was changed; restore the database from a "
                                  "backup to get the file back."),
                                subject);
    case Category::query:
        break;
    }
    return _("The database reported an error. Nothing was saved.");
}

int message_box(wxWindow* parent, const wxString& message, const wxString& caption, long style,
                const wxString& details)
{
    wxMessageDialog box(parent, message, caption, style);
    if ((style & wxYES_NO) && (style & wxCANCEL)) box.SetYesNoCancelLabels(_("Yes"), _("No"), _("Cancel"));
    else if (style & wxYES_NO) box.SetYesNoLabels(_("Yes"), _("No"));
    else if (style & wxCANCEL) box.SetOKCancelLabels(_("OK"), _("Cancel"));
    else box.SetOKLabel(_("OK"));
    if (!details.empty()) box.SetExtendedMessage(details);
    switch (box.ShowModal()) {
    case wxID_YES: return wxYES;
    case wxID_NO: return wxNO;
    case wxID_CANCEL: return wxCANCEL;
    default: return wxOK;
    }
}

void translate_standard_buttons(wxWindow& dialog)
{
    const std::pair<wxWindowID, wxString> labels[] = {
        {wxID_OK, _("OK")}, {wxID_CANCEL, _("Cancel")}, {wxID_YES, _("Yes")},
        {wxID_NO, _("No")}, {wxID_CLOSE, _("Close")},  {wxID_HELP, _("Help")},
    };
    for (const auto& [id, label] : labels)
        if (wxWindow* button = dialog.FindWindow(id)) button->SetLabel(label);
}

void show_db_error(wxWindow* parent, const db::DbError& error, const wxString& context)
{
    message_box(parent, context, _("xuncha"), wxOK | wxICON_ERROR,
                db_error_message(error) + wxS("\n\n") + _("Details:") + wxS(" ") + to_wx(shown_target(error.detail())));
}

void show_unexpected_error(wxWindow* parent, const std::exception& error, const wxString& context)
{
    message_box(parent, context, _("xuncha"), wxOK | wxICON_ERROR,
                _("An unexpected error occurred. Nothing was saved.") + wxS("\n\n") + _("Details:") + wxS(" ") +
                    to_wx(error.what()));
}

wxString field_label(Field field)
{
    switch (field) {
    case Field::name: return _("Name");
    case Field::gender: return _("Gender");
    case Field::ethnicity: return _("Ethnicity");
    case Field::birth_date: return _("Date of birth");
    case Field::native_place: return _("Native place");
    case Field::birth_place: return _("Place of birth");
    case Field::political_status: return _("Political status");
    case Field::party_join_date: return _("Joined the Party");
    case Field::work_start_date: return _("Started work");
    case Field::fulltime_education: return _("Full-time education");
    case Field::inservice_education: return _("In-service education");
    case Field::professional_title: return _("Professional title");
    case Field::expertise: return _("Expertise");
    case Field::unit: return _("Work unit");
    case Field::department: return _("Department");
    case Field::post: return _("Post");
    case Field::rank: return _("Rank");
    case Field::mobile: return _("Mobile");
    case Field::id_number: return _("ID number");
    case Field::health: return _("Health");
    case Field::remark: return _("Remark");
    case Field::specialties: return _("Specialties");
    case Field::work_history_unit: return _("Work history: unit");
    case Field::work_history_post: return _("Work history: post");
    case Field::work_history_start: return _("Work history: start");
    case Field::work_history_end: return _("Work history: end");
    case Field::relative_title: return _("Relative: relation");
    case Field::relative_name: return _("Relative: name");
    case Field::relative_birth_date: return _("Relative: date of birth");
    case Field::relative_employer: return _("Relative: employer");
    case Field::membership_pool: return _("Pool");
    case Field::membership_entry_date: return _("Entry date");
    case Field::membership_exit_date: return _("Exit date");
    case Field::membership_exit_reason: return _("Exit reason");
    case Field::frontline_experience: return _("Front-line experience");
    case Field::photo: return _("Photo");
    case Field::training: return _("Training");
    case Field::commendation_title: return _("Commendation");
    case Field::commendation_date: return _("Commendation: date");
    case Field::commendation_awarding_body: return _("Commendation: awarded by");
    case Field::assessment_year: return _("Annual assessment: year");
    case Field::integrity_opinion_date: return _("Integrity opinion: date");
    case Field::integrity_opinion_issuer: return _("Integrity opinion: issued by");
    case Field::pledge_pool: return _("Pledge: pool");
    case Field::pledge_round: return _("Pledge: round");
    case Field::pledge_signed_date: return _("Pledge: signed on");
    case Field::pledge_recipient: return _("Pledge: received by");
    case Field::pledge_scan: return _("Pledge: scanned copy");
    case Field::secondment_task: return _("Secondment: round or task");
    case Field::secondment_start: return _("Secondment: from");
    case Field::secondment_end: return _("Secondment: to");
    case Field::secondment_notice_date: return _("Secondment: notice date");
    case Field::declined_date: return _("Declined secondment: date");
    case Field::declined_reason: return _("Declined secondment: reason");
    case Field::training_topic: return _("Topic");
    case Field::training_start: return _("From");
    case Field::training_end: return _("To");
    case Field::training_hours: return _("Hours");
    case Field::unit_name: return _("Unit name");
    case Field::unit_short_name: return _("Short name");
    case Field::unit_parent: return _("Parent unit");
    case Field::unit_supervisor: return _("Supervising body");
    case Field::unit_jurisdiction: return _("Jurisdiction");
    case Field::unit_remark: return _("Remark");
    case Field::unit_leader_name: return _("Leader: name");
    case Field::unit_leader_post: return _("Leader: post");
    case Field::unit_leader_start: return _("Leader: from");
    case Field::unit_leader_end: return _("Leader: to");
    case Field::unit_flag: return _("Profile flag");
    case Field::round_term: return _("Term");
    case Field::round_number: return _("Round number");
    case Field::round_planned_entry: return _("Planned entry");
    case Field::round_planned_withdrawal: return _("Planned withdrawal");
    case Field::round_entry_date: return _("Actual entry");
    case Field::round_withdrawal_date: return _("Actual withdrawal");
    case Field::round_committee: return _("Committee");
    case Field::round_remark: return _("Remark");
    case Field::group_number: return _("Group number");
    case Field::group_name: return _("Group name");
    case Field::group_units: return _("Units inspected");
    case Field::group_members: return _("Members");
    case Field::group_authorising_body: return _("Authorising body");
    case Field::group_dispatching_body: return _("Dispatching body");
    case Field::case_person: return _("Person");
    case Field::case_unit: return _("Unit concerned");
    case Field::case_facts: return _("Facts");
    case Field::case_raised_on: return _("Raised on");
    case Field::case_decided_on: return _("Decided on");
    case Field::case_decided_by: return _("Decided by");
    case Field::case_replacement: return _("Replacement");
    case Field::case_document_number: return _("Document number");
    case Field::case_acknowledged_on: return _("Acknowledged by the person on");
    case Field::catalog_name: return _("Name");
    }
    return {};
}

wxString problem_message(const model::Problem& problem)
{
    switch (problem.code) {
    case ProblemCode::required:
        return _("This field is required.");
    case ProblemCode::too_long:
        return _("This text is too long; please shorten it.");
    case ProblemCode::in_future:
        return _("The date is after today.");
    case ProblemCode::implausible_date:
        return _("The date is not plausible (before 1900, or an age over 120).");
    case ProblemCode::before_birth:
        return _("The date is before the date of birth.");
    case ProblemCode::too_young:
        return problem.field == Field::party_join_date ? _("The person would have joined the Party before 18.")
                                                       : _("The person would have started work before 16.");
    case ProblemCode::end_before_start:
        return _("The end date is before the start date.");
    case ProblemCode::id_bad_format:
        return _("An ID number is 17 digits followed by a digit or X.");
    case ProblemCode::id_bad_birth_date:
        return _("The date of birth inside the ID number is not a real day.");
    case ProblemCode::id_bad_checksum:
        return _("The check character (the last one) does not match; please check the number.");
    case ProblemCode::id_birth_mismatch:
        return _("The date of birth in the ID number differs from the date of birth entered.");
    case ProblemCode::id_gender_mismatch:
        return _("The gender in the ID number differs from the gender entered.");
    case ProblemCode::mobile_bad_format:
        return _("A mobile number is 11 digits starting with 13 to 19.");
    case ProblemCode::duplicate:
        if (problem.field == Field::group_members)
            return _("A person is in the round twice, or the group has two group leaders.");
        if (problem.field == Field::group_number) return _("Another group of the round has this number.");
        if (problem.field == Field::unit_flag) return _("This flag is given twice.");
        return problem.field == Field::membership_pool ? _("The person is already in this pool.")
                                                       : _("This entry already exists.");
    case ProblemCode::unknown_reference:
        return _("This refers to a record that does not exist.");
    case ProblemCode::cycle:
        return _("A unit cannot belong to itself or to one of its own sub-units.");
    case ProblemCode::exit_without_date:
        return _("Leaving the pool needs an exit date.");
    case ProblemCode::exit_without_reason:
        return _("Leaving the pool needs a reason.");
    case ProblemCode::out_of_range:
        return problem.field == Field::assessment_year ? _("The year is not plausible (1950 to next year).")
                                                       : _("The number is outside the sensible range.");
    case ProblemCode::overlaps:
        return _("This secondment overlaps another one.");
    case ProblemCode::file_too_large:
        return wxString::Format(_("The file is larger than %lld MB."), model::max_attachment_size / (1024 * 1024));
    case ProblemCode::unsupported_file:
        return _("Only images (JPEG, PNG, GIF, BMP, TIFF) and PDF files can be stored.");
    case ProblemCode::too_many:
        return problem.field == Field::group_units ? _("A group inspects at most four units.")
                                                   : _("There are more entries than allowed.");
    }
    return {};
}

wxString bad_date_message()
{
    return _("Not a date: write it as YYYY-MM-DD, for example 1980-05-01.");
}

std::string shown_target(const std::string& target)
{
    // postgresql://user:secret@host/db -> postgresql://user:***@host/db
    const auto scheme = target.find("://");
    if (scheme == std::string::npos) return target;
    const auto at = target.find('@', scheme + 3);
    if (at == std::string::npos) return target;
    const auto colon = target.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at) return target;
    return target.substr(0, colon + 1) + "***" + target.substr(at);
}

}  // namespace xuncha::app
