package io.github.promisekeeper.ao.embedded;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** A one-column entity to exercise the embedded Active Objects with. */
@Table("NOTE")
public interface NoteEntity extends Entity {

    String getText();

    void setText(String text);
}
