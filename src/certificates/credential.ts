import type { CertificateSnapshot } from 'src/certificates/certificate-snapshot';

/** The JSON-LD contexts of a W3C VC 2.0 credential in the Open Badges 3.0 shape. */
export const VC_CONTEXTS = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

export interface CredentialIds {
  certificateId: string;
  communityId: string;
  volunteerId: string;
  issuedAt: Date;
  baseUrl: string;
}

/**
 * The credential a certificate is also issued as: an OpenBadgeCredential whose achievement is
 * the service of the period, its subject the volunteer, its issuer the recording community, and
 * its status the public certificate endpoint (which answers "revoked" once it is). Signed as a
 * VC-JWT (VC-JOSE-COSE): the payload is this credential, plus the registered JWT claims.
 */
export function credentialPayload(s: CertificateSnapshot, ids: CredentialIds) {
  const issuerId = `${ids.baseUrl}/communities/${ids.communityId}`;
  const statusUrl = `${ids.baseUrl}/api/v1/public/certificates/${s.code}`;
  return {
    '@context': VC_CONTEXTS,
    id: `urn:uuid:${ids.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: '志愿服务证明',
    issuer: { id: issuerId, type: ['Profile'], name: s.community },
    validFrom: ids.issuedAt.toISOString(),
    credentialSubject: {
      id: `urn:uuid:${ids.volunteerId}`,
      type: ['AchievementSubject'],
      name: s.name,
      achievement: {
        id: s.verifyUrl,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: '志愿服务时长证明',
        description: `${s.name}于 ${s.from} 至 ${s.to} 在${s.community}参加志愿服务 ${s.services.length} 次，累计 ${s.hours} 小时。`,
        criteria: {
          narrative: '按《志愿服务记录与证明出具办法（试行）》记录并经组织方审核的志愿服务时长。',
        },
      },
      result: [{ type: ['Result'], value: String(s.hours), resultDescription: 'hours' }],
      volunteerService: {
        from: s.from,
        to: s.to,
        minutes: s.minutes,
        hours: s.hours,
        services: s.services.length,
        verificationCode: s.code,
      },
    },
    credentialStatus: { id: statusUrl, type: 'VolunteerCertificateStatus' },
    // Registered claims, for verifiers that read a JWT the classic way.
    iss: issuerId,
    sub: `urn:uuid:${ids.volunteerId}`,
    jti: `urn:uuid:${ids.certificateId}`,
    iat: Math.floor(ids.issuedAt.getTime() / 1000),
    nbf: Math.floor(ids.issuedAt.getTime() / 1000),
  };
}
