package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import org.plenum.api.Caller;

/** Checks user names and passwords against the accounts table; gives the account's roles. */
@ApplicationScoped
public class PlenumIdentityStore implements IdentityStore {

  @Inject Accounts accounts;

  @Inject Passwords passwords;

  @Inject Grants grants;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return passwords
        .verify(up.getCaller(), up.getPasswordAsString())
        .map(
            a -> {
              Set<String> groups = new HashSet<>(grants.siteRoles(a.username()));
              if (a.mustChangePassword()) {
                groups.add(PASSWORD_CHANGE_REQUIRED);
              }
              return new CredentialValidationResult(a.username(), groups);
            })
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  /** A group given to callers whose one-time password must be replaced before anything else. */
  public static final String PASSWORD_CHANGE_REQUIRED = Caller.PASSWORD_CHANGE_REQUIRED;
}
