import type DataLoader from 'dataloader';

import { Action, anyRole, signedIn } from '../../core/auth/policy';
import { Role } from '../../core/auth/principal';
import { publicBase } from '../../core/http/public-url';
import type { AppModule } from '../../core/module';
import { ProducerQueue } from '../../core/queue/producer-queue';
import { defaultJobOptions, QueueName } from '../../core/queue/queues';
import { Broadcast } from '../../core/redis/broadcast';
import { ContactResolver } from './contact.resolver';
import { ContactService } from './contact.service';
import { EntityPeopleResolver } from './entity-people.resolver';
import { invitationPage } from './invitation-page';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';
import { MembershipEventResolver, MembershipResolver } from './membership.resolver';
import { PeopleDirectory, type PeopleChange } from './people-directory';
import { PeopleLoaders, PeopleReader } from './people.loaders';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { Invitation, Membership, MembershipEvent, Person, PrivacyAcceptance } from './person.entity';
import { PrivacyResolver } from './privacy.resolver';
import { ReassignmentResolver } from './reassignment.resolver';
import { queueContactCode, SEND_CONTACT_CODE, sendContactCode } from './send-contact-code.job';
import { queueInvitation, SEND_INVITATION, sendInvitation } from './send-invitation.job';
import { ViewerPeopleResolver } from './viewer-people.resolver';
import { PersonWorkloadResolver, workloadLoader } from './workload.resolver';

declare module '../../core/graphql/context' {
  interface AppServices {
    /** Who each signed-in subject is and may be; every process's door asks it. */
    people: PeopleDirectory;
    /** The directory as the API serves it: reads with visibility, handovers, ended memberships, deactivations. */
    peopleService: PeopleService;
    /** Invitations: inviting, resending, revoking, accepting, and the public page of a link. */
    invitations: InvitationService;
    /** A person's own contact data: phone, and a new contact address confirmed by a mailed code. */
    contact: ContactService;
    /**
     * The API's producer of the directory's mail (invitations, contact codes) on the notifications
     * queue: a job that could not be queued is not retried by a reconciler (only a code's hash is
     * stored), so the person asks again (a resend, a new request).
     */
    peopleMail: ProducerQueue;
  }
  interface RequestScope {
    /** DataLoaders of people and their memberships. */
    peopleLoaders: PeopleLoaders;
    /** Each person's open work (by subject), for `Person.workload`. */
    workloads: DataLoader<string, number>;
  }
}

/**
 * The people directory: persons, their memberships (the source of every role), invitations,
 * handovers, the audit trail of access, and personal data as Ley 1581 requires.
 */
export const peopleModule: AppModule = {
  name: 'people',
  entities: [Person, Membership, MembershipEvent, Invitation, PrivacyAcceptance],
  resolvers: [
    PeopleResolver,
    MembershipResolver,
    MembershipEventResolver,
    InvitationResolver,
    ViewerPeopleResolver,
    EntityPeopleResolver,
    PrivacyResolver,
    PersonWorkloadResolver,
    ReassignmentResolver,
    ContactResolver,
  ],
  async services({ config, orm, redis, subscriber, logger, services }) {
    const changes = new Broadcast<PeopleChange>(config.redisPrefix, 'people-changed', redis, subscriber, logger);
    await changes.start();
    const people = new PeopleDirectory(orm, services.clock, changes);
    people.start();
    const peopleService = new PeopleService(orm, services.clock, people, services.directory);
    const peopleMail = new ProducerQueue(
      redis,
      config.redisPrefix,
      QueueName.NOTIFICATIONS,
      logger,
      'correo del directorio',
      defaultJobOptions,
    );
    const invitations = new InvitationService({
      config,
      orm,
      clock: services.clock,
      people,
      peopleService,
      enqueue: (payload) => peopleMail.add((queue) => queueInvitation(queue, payload)),
      linkBase: publicBase(config, services),
      logger,
    });
    const contact = new ContactService({
      orm,
      clock: services.clock,
      people,
      enqueue: (payload) => peopleMail.add((queue) => queueContactCode(queue, payload)),
      logger,
    });
    return { people, peopleService, invitations, contact, peopleMail };
  },
  stop: (services) => services.peopleMail.close(),
  http: ({ services, logger }) => [{ path: '/invitaciones/:code', handler: invitationPage(services, logger) }],
  jobs: (deps) => [
    {
      queue: QueueName.NOTIFICATIONS,
      name: SEND_INVITATION,
      run: (job) =>
        sendInvitation(
          { orm: deps.orm, clock: deps.clock, directory: deps.services.directory, send: (mail) => deps.mailer.send(mail) },
          job,
        ),
    },
    {
      queue: QueueName.NOTIFICATIONS,
      name: SEND_CONTACT_CODE,
      run: (job) => sendContactCode({ orm: deps.orm, clock: deps.clock, send: (mail) => deps.mailer.send(mail) }, job),
    },
  ],
  policy: {
    [Action.ManageOwnPerson]: signedIn,
    [Action.ReadPeople]: anyRole,
    [Action.InvitePeople]: (p) => p.role === Role.COORDINATOR || p.role === Role.ENTITY_REPRESENTATIVE,
    [Action.ManagePeople]: (p) => p.role === Role.COORDINATOR,
  },
  requestScope: { peopleLoaders: (ctx) => new PeopleLoaders(new PeopleReader(ctx.em.getKnex())), workloads: workloadLoader },
  globalIds: {
    inputs: { personId: 'Person', invitationId: 'Invitation', fromPersonId: 'Person', toPersonId: 'Person' },
    rootIds: { 'ReassignOpenCasesPayload.moved': 'Case' },
  },
};
