// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/GeneratorVocabulary.h"

namespace isoaudit {

const QStringList& GeneratorVocabulary::firstNames()
{
    static const QStringList names
        = {"Søren", "Mette",   "Jørgen", "Åse",      "Anders",   "Signe",  "Jürgen",  "Birgitte",
           "Mads",  "Ida",     "Thomas", "Käthe",    "Rasmus",   "Louise", "Günther", "Freja",
           "Niels", "Karen",   "Lars",   "Sørine",   "Frederik", "Maja",   "Björn",   "Helle",
           "Jens",  "Camilla", "Uwe",    "Pernille", "Mikkel",   "Dörte",  "Kasper",  "Trine"};
    return names;
}

const QStringList& GeneratorVocabulary::lastNames()
{
    static const QStringList names
        = {"Jensen",    "Nielsen",   "Hansen",   "Pedersen", "Andersen",   "Christensen", "Larsen",  "Sørensen",
           "Rasmussen", "Jørgensen", "Petersen", "Madsen",   "Kristensen", "Olsen",       "Thomsen", "Møller",
           "Schäfer",   "Müller",    "Krüger",   "Lübke",    "Østergaard", "Bøgh",        "Dahl",    "Frølund",
           "Højgaard",  "Kühn",      "Brandt",   "Skov",     "Lund",       "Ærenlund"};
    return names;
}

const QStringList& GeneratorVocabulary::assets()
{
    static const QStringList assets = {"Customer database (PostgreSQL cluster)",
                                       "Payment processing API",
                                       "Card tokenisation service",
                                       "Merchant onboarding portal",
                                       "Core ledger system",
                                       "Data warehouse",
                                       "Source code repositories",
                                       "CI/CD pipeline",
                                       "Kubernetes production cluster",
                                       "Cloud management console",
                                       "Identity provider (SSO)",
                                       "Corporate e-mail",
                                       "Employee laptops",
                                       "Mobile phones",
                                       "Office network (Copenhagen)",
                                       "Office network (Aarhus)",
                                       "VPN gateway",
                                       "Backup storage",
                                       "Logging and SIEM platform",
                                       "HR system",
                                       "Payroll data",
                                       "Customer support ticketing system",
                                       "Document management system",
                                       "Contracts archive",
                                       "Encryption key management (HSM)",
                                       "Public website",
                                       "Mobile banking app",
                                       "Fraud detection models",
                                       "Printed customer records",
                                       "Server room",
                                       "Third-party KYC provider",
                                       "Internal wiki",
                                       "Finance ERP",
                                       "Board meeting minutes",
                                       "Test environments",
                                       "Network firewalls",
                                       "DNS and domain registrations",
                                       "Chat and collaboration platform",
                                       "Vulnerability scanner",
                                       "Physical access control system"};
    return assets;
}

const QList<GeneratorVocabulary::Threat>& GeneratorVocabulary::threats()
{
    static const QList<Threat> threats = {
        {"Ransomware infection",
         {"Unpatched endpoints", "Backups reachable from the production network"},
         {"8.7", "8.8", "8.13"}},
        {"Phishing leading to credential theft",
         {"No phishing-resistant MFA for all users", "Low awareness"},
         {"6.3", "8.5", "5.17"}},
        {"Unauthorised access by a former employee",
         {"Leaver process depends on manual tickets"},
         {"5.18", "6.5", "5.16"}},
        {"Privilege misuse by an administrator",
         {"Shared administrator accounts", "No review of admin activity"},
         {"8.2", "8.15", "5.3"}},
        {"Exploitation of a web application vulnerability",
         {"No security testing before release", "Outdated libraries"},
         {"8.28", "8.29", "8.8", "8.26"}},
        {"Cloud misconfiguration exposing data",
         {"No configuration baseline", "Manual changes in the console"},
         {"8.9", "5.23", "8.32"}},
        {"Supplier data breach",
         {"No security clauses in older contracts", "Supplier reviews not performed"},
         {"5.19", "5.20", "5.22"}},
        {"Loss or theft of a laptop", {"Disk encryption not enforced on every device"}, {"8.1", "7.9", "8.24"}},
        {"Denial of service against the payment API",
         {"Single region deployment", "No rate limiting"},
         {"8.6", "8.14", "8.20"}},
        {"Data centre power or cooling failure", {"Single power feed", "No tested failover"}, {"7.11", "5.30", "8.14"}},
        {"Accidental deletion of production data",
         {"Broad write permissions", "Restore never tested"},
         {"8.13", "8.3", "8.32"}},
        {"Insider data exfiltration", {"No data leakage monitoring", "USB storage allowed"}, {"8.12", "7.10", "8.16"}},
        {"Undetected intrusion",
         {"Logs not centralised", "Alerts not reviewed out of hours"},
         {"8.15", "8.16", "5.25"}},
        {"Fraudulent change to payment instructions",
         {"No dual control on beneficiary changes"},
         {"5.3", "5.14", "8.32"}},
        {"Regulatory non-compliance (GDPR, PSD2, DORA)", {"Legal register not maintained"}, {"5.31", "5.34", "5.36"}},
        {"Personal data kept longer than allowed",
         {"No deletion routine in the data warehouse"},
         {"8.10", "5.34", "5.33"}},
        {"Compromise of the software supply chain",
         {"Unpinned third-party packages", "Build agents shared"},
         {"5.21", "8.25", "8.4"}},
        {"Test data containing real customer data", {"Production copies used in test"}, {"8.33", "8.11", "8.31"}},
        {"Tailgating into the office", {"Reception unmanned after 16:00"}, {"7.2", "7.1", "7.4"}},
        {"Disclosure through unattended documents", {"Clear desk rule not followed"}, {"7.7", "5.12", "7.14"}},
        {"Incident handled too late", {"On-call roster incomplete", "Playbooks outdated"}, {"5.24", "5.26", "6.8"}},
        {"Loss of key personnel", {"Knowledge concentrated in one engineer"}, {"5.37", "5.2", "7.1"}},
        {"Weak cryptography on stored card data", {"Legacy key lengths", "Keys not rotated"}, {"8.24", "5.17"}},
        {"Clock drift breaking log correlation", {"Servers not synchronised to a common source"}, {"8.17", "8.15"}},
        {"Malicious software installed by users", {"Local administrator rights on laptops"}, {"8.19", "8.7", "8.18"}},
        {"Unfiltered access to malicious websites", {"No DNS or web filtering on remote devices"}, {"8.23", "6.7"}},
        {"Eavesdropping on remote work",
         {"Home networks untrusted", "Screens visible in public"},
         {"6.7", "8.20", "7.9"}},
        {"Threat actor campaign against Nordic fintechs",
         {"Threat intelligence not used in monitoring"},
         {"5.7", "8.16"}},
        {"Contractor without screening given access",
         {"Screening not required for contractors"},
         {"6.1", "6.6", "5.20"}},
        {"Disruption during a major incident",
         {"Continuity plan not tested for cyber scenarios"},
         {"5.29", "5.30", "5.26"}}};
    return threats;
}

const QStringList& GeneratorVocabulary::ownerRoles()
{
    static const QStringList roles = {"CISO",
                                      "CTO",
                                      "Head of IT Operations",
                                      "DevOps Lead",
                                      "Head of Compliance",
                                      "Data Protection Officer",
                                      "HR Director",
                                      "Facilities Manager",
                                      "CFO",
                                      "Head of Customer Support",
                                      "Head of Product",
                                      "Engineering Manager"};
    return roles;
}

const QList<GeneratorVocabulary::Role>& GeneratorVocabulary::roles()
{
    static const QList<Role> roles
        = {{"CISO",
            {"4.3", "5.3", "6.1.2", "6.1.3", "6.2"},
            {"5.1", "5.2", "5.7"},
            {"The CISO walked through the ISMS scope statement and explained the exclusion of the group's card issuing "
             "entity.",
             "The risk assessment is repeated each spring and after significant changes; the last full run was "
             "completed "
             "in April.",
             "Information security objectives are tracked on a quarterly dashboard presented to the management team.",
             "The SoA was revised after the migration to the new cloud provider; version history was shown."}},
           {"CEO",
            {"5.1", "5.2", "9.3.1", "9.3.3"},
            {"5.1", "5.4"},
            {"The CEO described how information security is a standing item on the monthly management agenda.",
             "Budget for the security programme was increased by 20 % this year to fund the SOC contract.",
             "The CEO chaired the last management review and could explain the decisions recorded in the minutes."}},
           {"HR Lead",
            {"7.2", "7.3"},
            {"6.1", "6.2", "6.4", "6.5", "6.6"},
            {"Background screening is performed for all new hires before the start date through an external provider.",
             "Employment contracts contain confidentiality clauses; a sample of contracts was reviewed on screen.",
             "Leavers are handled through the HR system which raises an IT ticket to revoke access on the last day.",
             "Awareness training completion is reported monthly; 94 % completion was shown for the current year."}},
           {"Head of IT Operations",
            {"8.1", "7.1"},
            {"8.7", "8.8", "8.13", "8.15", "5.9"},
            {"Patch management follows a monthly cycle; critical patches are deployed within 14 days according to the "
             "procedure.",
             "Backups run nightly and are replicated to a second region; a restore test is scheduled each quarter.",
             "The asset inventory is maintained in the CMDB and reconciled against the endpoint management tool.",
             "Logs from production systems are forwarded to the SIEM and retained for 13 months."}},
           {"DevOps Lead",
            {"8.1", "6.3"},
            {"8.25", "8.28", "8.29", "8.31", "8.32", "8.9"},
            {"All changes to production go through pull requests with mandatory review and automated tests.",
             "Infrastructure is defined as code; drift detection runs nightly and reports to the platform channel.",
             "Static analysis and dependency scanning run in the pipeline; high findings block the merge.",
             "Production, staging and development run in separate cloud accounts with separate credentials."}},
           {"Data Protection Officer",
            {"4.2", "6.1.2"},
            {"5.31", "5.34", "8.10", "8.11"},
            {"The DPO maintains the record of processing activities and reviews it twice a year.",
             "Data protection impact assessments are performed for new products; two were completed this year.",
             "Retention periods are defined per data category, but automated deletion is not yet in place "
             "everywhere."}},
           {"Facilities Manager",
            {"7.1"},
            {"7.1", "7.2", "7.4", "7.5", "7.11", "7.14"},
            {"Access to the office is controlled with badges; visitor logs are kept at reception.",
             "The server room has a separate access group of six people, reviewed every quarter.",
             "CCTV covers entrances and the server room; recordings are kept for 30 days.",
             "Secure disposal of paper and media is handled by a certified supplier with certificates of "
             "destruction."}},
           {"Internal Auditor",
            {"9.2.1", "9.2.2", "10.2"},
            {"5.35", "5.36"},
            {"The internal audit programme covers all clauses and Annex A themes over a three-year cycle.",
             "Internal audits this year were performed by an external consultant to ensure independence.",
             "Nonconformities from internal audits are tracked in the same register as incidents and corrective "
             "actions."}},
           {"Service Desk Lead",
            {"7.4", "7.5.3"},
            {"5.15", "5.16", "5.18", "6.8"},
            {"Access requests require line manager approval in the ticketing system before provisioning.",
             "Users report security events through a dedicated form; 37 reports were logged this year.",
             "Quarterly access reviews are coordinated by the service desk and signed off by system owners."}},
           {"Head of Compliance",
            {"4.1", "4.2", "9.1"},
            {"5.31", "5.19", "5.20", "5.22"},
            {"Legal and regulatory requirements are listed in a register reviewed by the compliance team.",
             "Critical suppliers are assessed annually with a questionnaire and review of their certifications.",
             "Security metrics are reported to the risk committee every quarter."}},
           {"Incident Manager",
            {"10.2", "8.1"},
            {"5.24", "5.25", "5.26", "5.27", "5.28"},
            {"The incident procedure defines severities, escalation paths and notification deadlines to the FSA.",
             "Post-incident reviews are held for every severity 1 and 2 incident; lessons are tracked as actions.",
             "A tabletop exercise on a ransomware scenario was held in September with the management team."}}};
    return roles;
}

const QStringList& GeneratorVocabulary::generalNotes()
{
    static const QStringList notes = {
        "The interviewee was well prepared and able to show records directly in the tools used day to day.",
        "Documents referred to during the interview were requested for later review and received the same day.",
        "Responsibilities described matched the RACI in the ISMS manual.",
        "Some answers relied on knowledge of one person; the auditor asked how this is covered during absence.",
        "The process is described in a procedure last reviewed within the past twelve months.",
        "Records for the sample period were complete and consistently filled in.",
        "The interviewee confirmed that changes to the process are communicated through the intranet and team "
        "meetings.",
        "Metrics for the area are collected monthly and discussed in the operations review.",
        "The auditor traced two examples end to end from request to closure without gaps.",
        "Awareness of the information security policy was good; the interviewee could name the main rules.",
        "Follow-up questions were agreed for the daily briefing.",
        "The interviewee described an improvement made after last year's surveillance audit.",
        "Tooling supports the process, but a few steps are still tracked in spreadsheets.",
        "Exceptions are approved by the risk owner and recorded with an expiry date.",
        "The auditor asked for the records behind the monthly report; they were produced from the tool within minutes.",
        "Roles and deputies are named in the procedure, and the deputy had performed the task during the summer.",
        "Known weaknesses in the area are listed in the risk register with owners and target dates.",
        "The interviewee explained how the last internal audit finding in the area was corrected and closed.",
        "Training for the team is planned in the competence matrix, and completion was shown for the current year.",
        "Supplier involvement in the process is covered by the agreement and reviewed at the yearly supplier meeting.",
        "Evidence of management approval was seen as an electronic sign-off in the document management system.",
        "The auditor noted that the written procedure and the practice described differ in small details only."};
    return notes;
}

QString GeneratorVocabulary::emailFor(const QString& name)
{
    QString ascii = name.toLower();
    const QList<std::pair<QString, QString>> replacements
        = {{"æ", "ae"}, {"ø", "oe"}, {"å", "aa"}, {"ü", "ue"}, {"ö", "oe"}, {"ä", "ae"}, {" ", "."}};
    for (const auto& [from, to] : replacements)
        ascii.replace(from, to);
    return ascii + QStringLiteral("@certification-body.example");
}

} // namespace isoaudit
