import { Action, anyRole, signedIn } from '../../core/auth/policy';
import { Role } from '../../core/auth/principal';
import type { AppModule } from '../../core/module';
import { Broadcast } from '../../core/redis/broadcast';
import { PeopleDirectory, type PeopleChange } from './people-directory';
import { Invitation, Membership, MembershipEvent, Person, PrivacyAcceptance } from './person.entity';

declare module '../../core/graphql/context' {
  interface AppServices {
    /** Who each signed-in subject is and may be; every process's door asks it. */
    people: PeopleDirectory;
  }
}

/**
 * The people directory: persons, their memberships (the source of every role), invitations,
 * handovers, the audit trail of access, and personal data as Ley 1581 requires.
 */
export const peopleModule: AppModule = {
  name: 'people',
  entities: [Person, Membership, MembershipEvent, Invitation, PrivacyAcceptance],
  async services({ config, orm, redis, subscriber, logger, services }) {
    const changes = new Broadcast<PeopleChange>(config.redisPrefix, 'people-changed', redis, subscriber, logger);
    await changes.start();
    const people = new PeopleDirectory(orm, services.clock, changes);
    people.start();
    return { people };
  },
  policy: {
    [Action.ManageOwnPerson]: signedIn,
    [Action.ReadPeople]: anyRole,
    [Action.InvitePeople]: (p) => p.role === Role.COORDINATOR || p.role === Role.ENTITY_REPRESENTATIVE,
    [Action.ManagePeople]: (p) => p.role === Role.COORDINATOR,
  },
};
