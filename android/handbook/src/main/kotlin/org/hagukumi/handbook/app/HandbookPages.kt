package org.hagukumi.handbook.app

import org.hagukumi.core.ChildRecord
import org.hagukumi.core.Form
import org.hagukumi.core.FormRecordLine
import org.hagukumi.core.HandbookPart
import org.hagukumi.core.Lang
import org.hagukumi.core.PregnancyRecord
import org.hagukumi.core.RecordId
import org.hagukumi.core.Subject
import org.hagukumi.core.SubjectKind

/*
 * The handbook's navigation, as the paper handbook is bound: the mother's pages
 * (her own, then each pregnancy's), each child's pages, the family's pages, each
 * part in the core's order (`handbookForms` sorts by part, then by the page's place
 * in the ordinance's form). Nothing here names a page: a page the core adds appears
 * in its part by its subject.
 */

/** One page of the handbook, opened for [subject] (null: a page of no one subject). */
data class PageLink(val form: Form, val subject: Subject?) {
    val id: String get() = form.id
    val title: String get() = form.title
}

/** Whose pages these are. */
sealed interface PageOwner {
    /** The mother's own pages, and the pages that add a pregnancy or a child. */
    data object Mother : PageOwner
    data class Pregnancy(val record: PregnancyRecord) : PageOwner
    data class Child(val record: ChildRecord) : PageOwner
    data object Family : PageOwner
}

/** A group of pages in the navigation, with its heading in the app's language. */
data class PageGroup(val owner: PageOwner, val title: String, val pages: List<PageLink>)

object HandbookPages {
    /**
     * The navigation: the mother's pages, each pregnancy's pages, each child's pages
     * (oldest child first, as [children] come), the family's pages. A pregnancy's or
     * child's group lists every page about a pregnancy or a child (a dental checkup
     * or vaccination is kept for either); groups without pages are left out.
     */
    fun groups(forms: List<Form>, pregnancies: List<PregnancyRecord>, children: List<ChildRecord>, lang: Lang): List<PageGroup> {
        val groups = mutableListOf<PageGroup>()
        fun add(owner: PageOwner, title: String, pages: List<PageLink>) {
            if (pages.isNotEmpty()) groups += PageGroup(owner, title, pages)
        }
        val ofNoOne = forms.filter { it.subject == SubjectKind.FAMILY }
        add(
            PageOwner.Mother,
            lang.text("app-pages-mother"),
            ofNoOne.filter { it.part != HandbookPart.FAMILY }.map { PageLink(it, null) },
        )
        pregnancies.forEachIndexed { i, p ->
            val subject = Subject.Pregnancy(p.meta.id)
            add(PageOwner.Pregnancy(p), pregnancyTitle(p, i, lang), forms.filter { it.takes(subject) }.map { PageLink(it, subject) })
        }
        for (c in children) {
            val subject = Subject.Child(c.meta.id)
            add(PageOwner.Child(c), c.data.name, forms.filter { it.takes(subject) }.map { PageLink(it, subject) })
        }
        add(
            PageOwner.Family,
            lang.text("app-pages-family"),
            ofNoOne.filter { it.part == HandbookPart.FAMILY }.map { PageLink(it, null) },
        )
        return groups
    }

    /** A pregnancy's heading: its place in the list and the date entered for it (no date is computed here). */
    private fun pregnancyTitle(p: PregnancyRecord, index: Int, lang: Lang): String {
        val n = index + 1
        return p.data.ultrasoundDueDate?.let { lang.text("app-pages-pregnancy-due", "n" to n, "date" to it.toString()) }
            ?: p.data.lmp?.let { lang.text("app-pages-pregnancy-lmp", "n" to n, "date" to it.toString()) }
            ?: lang.text("app-pages-pregnancy", "n" to n)
    }

    /**
     * The subject a new record of [form] is about, given the pregnancy and the child
     * at hand: none for a page of no one subject, else the one the page needs (a
     * child first where either will do). Null for a page that needs a subject not
     * there yet: check [needsSubject].
     */
    fun subjectFor(form: Form, pregnancy: RecordId?, child: RecordId?): Subject? = when (form.subject) {
        SubjectKind.FAMILY -> null
        SubjectKind.CHILD -> child?.let { Subject.Child(it) }
        SubjectKind.PREGNANCY -> pregnancy?.let { Subject.Pregnancy(it) }
        SubjectKind.CHILD_OR_PREGNANCY -> child?.let { Subject.Child(it) } ?: pregnancy?.let { Subject.Pregnancy(it) }
    }

    /** Whether a page needs a child or a pregnancy chosen before it can be filled. */
    fun needsSubject(form: Form): Boolean = form.subject != SubjectKind.FAMILY
}

/** Whether the page takes a new record: a repeatable page always, another only while it has none. */
fun PageLink.canAdd(records: List<FormRecordLine>): Boolean = form.repeatable || records.isEmpty()

/** Whether records of this page can be about [subject]. */
fun Form.takes(subject: Subject?): Boolean = when (this.subject) {
    SubjectKind.FAMILY -> subject == null
    SubjectKind.CHILD -> subject is Subject.Child
    SubjectKind.PREGNANCY -> subject is Subject.Pregnancy
    SubjectKind.CHILD_OR_PREGNANCY -> subject != null
}
