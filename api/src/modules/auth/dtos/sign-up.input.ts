import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field()
  fullName!: string;

  @Field({ nullable: true, description: 'SIREN of the creditor company to create (becomes OWNER).' })
  companySiren?: string;

  @Field({ nullable: true, description: 'Name to use when the company is not in the SIRENE register yet.' })
  companyName?: string;

  @Field({ nullable: true, description: 'Token of an invitation to join an existing company.' })
  invitationToken?: string;
}
