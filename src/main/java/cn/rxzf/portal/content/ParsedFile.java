package cn.rxzf.portal.content;

import java.util.List;

/**
 * What one file contributed: its record (null when unusable), the references to other content it makes (checked
 * once all files are read), and the problems found in it alone. Cached per file by {@link ContentLoader}.
 */
record ParsedFile(SourceFile source, Object record, List<Reference> references, Problems problems) {}
