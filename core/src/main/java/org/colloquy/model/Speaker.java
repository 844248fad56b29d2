package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A person (or a voice) in a conversation.
 *
 * <p>The {@link #id()} is the label the source uses ({@code YANN}, {@code SPEAKER_00}, {@code A}) and stays stable
 * when the speaker is renamed, so segments can be re-keyed. {@link #matches(String)} answers to the id, the names
 * and the aliases, ignoring case and accents.
 *
 * @param id the source's label for this speaker, unique within an episode
 * @param displayName the name to show people
 * @param fullName the person's full name, when known
 * @param role the part the speaker plays in the conversation
 * @param aliases other names the speaker is known by, in the order given, without duplicates
 */
public record Speaker(String id, String displayName, Optional<String> fullName, Role role, List<String> aliases) {

  /** The part a speaker plays in a conversation. */
  public enum Role {
    /** Runs the show or asks the questions. */
    HOST,
    /** Is being interviewed. */
    GUEST,
    /** Takes part in some other way: a narrator, a caller, a musician. */
    OTHER,
    /** Not known. */
    UNKNOWN
  }

  public Speaker {
    requireNonNull(id, "id");
    requireNonNull(displayName, "displayName");
    requireNonNull(fullName, "fullName");
    requireNonNull(role, "role");
    checkArgument(!id.isBlank(), "a speaker's id must not be blank");
    checkArgument(!displayName.isBlank(), "speaker %s needs a display name that is not blank", id);
    aliases = ImmutableList.copyOf(aliases.stream().distinct().iterator());
  }

  /** A speaker of unknown role whose display name is its id. */
  public static Speaker of(String id) {
    return new Speaker(id, id, Optional.empty(), Role.UNKNOWN, List.of());
  }

  /** A speaker with a display name and a role. */
  public static Speaker of(String id, String displayName, Role role) {
    return new Speaker(id, displayName, Optional.empty(), role, List.of());
  }

  /** This speaker under another display name; the id stays. */
  public Speaker withDisplayName(String newDisplayName) {
    return new Speaker(id, newDisplayName, fullName, role, aliases);
  }

  /** This speaker with a full name. */
  public Speaker withFullName(String newFullName) {
    return new Speaker(id, displayName, Optional.of(newFullName), role, aliases);
  }

  /** This speaker in another role. */
  public Speaker withRole(Role newRole) {
    return new Speaker(id, displayName, fullName, newRole, aliases);
  }

  /** This speaker with further aliases appended (duplicates are dropped). */
  public Speaker withAliases(Collection<String> moreAliases) {
    return new Speaker(
        id, displayName, fullName, role, ImmutableList.<String>builder().addAll(aliases).addAll(moreAliases).build());
  }

  /**
   * Whether {@code idOrNameOrAlias} names this speaker: its id, display name, full name or one of its aliases,
   * ignoring case, accents and surrounding blanks.
   */
  public boolean matches(String idOrNameOrAlias) {
    String wanted = Names.fold(idOrNameOrAlias);
    if (wanted.isEmpty()) {
      return false;
    }
    if (wanted.equals(Names.fold(id)) || wanted.equals(Names.fold(displayName))) {
      return true;
    }
    if (fullName.isPresent() && wanted.equals(Names.fold(fullName.get()))) {
      return true;
    }
    for (String alias : aliases) {
      if (wanted.equals(Names.fold(alias))) {
        return true;
      }
    }
    return false;
  }

  /** {@code YANN "Yann LeCun" (GUEST)}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(id);
    if (!displayName.equals(id)) {
      out.append(" \"").append(displayName).append('"');
    }
    if (role != Role.UNKNOWN) {
      out.append(" (").append(role).append(')');
    }
    if (!aliases.isEmpty()) {
      out.append(" aka ").append(String.join(", ", aliases));
    }
    return out.toString();
  }
}
